function chat(context) {
  return [
    { role: 'system', content: 'Be brief about ' + context.vars.topic },
    { role: 'user', content: 'Again {{ topic }}. ANSWER: chat ' + context.vars.topic },
  ];
}
module.exports = { chat };
