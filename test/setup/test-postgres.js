// Shared by global setup and teardown (plain JS: jest loads these before any transform).
const { Client } = require('pg');

function adminUrl(url) {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

async function withAdmin(url, fn) {
  const client = new Client({ connectionString: adminUrl(url) });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

module.exports = { adminUrl, withAdmin };
