module.exports = (value, left, right) => left + value + right;
