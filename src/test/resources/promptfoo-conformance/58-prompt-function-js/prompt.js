module.exports = function ({ vars, provider }) {
  return 'Topic ' + vars.topic + ' for ' + provider.id + '. ANSWER: ' + vars.topic.toUpperCase();
};
