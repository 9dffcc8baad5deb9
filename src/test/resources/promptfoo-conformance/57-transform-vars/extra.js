module.exports = function (vars, context) {
  return { greeting: 'Hi ' + vars.name, seen: Object.keys(context).sort().join('+') };
};
