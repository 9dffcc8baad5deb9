module.exports = function (value) {
  return String(value).toUpperCase() + '!';
};
