// A local OpenID Connect provider for the production sign-in test. Listens on loopback only, on a free port,
// and prints "LISTENING <issuer>" once ready. The id token carries the claims Entra ID would send: oid, name,
// preferred_username and the app roles in "roles" (comma-separated in MOCK_ROLES).
import { OAuth2Server } from 'oauth2-mock-server';

const server = new OAuth2Server();
await server.issuer.keys.generate('RS256');
server.service.on('beforeTokenSigning', (token) => {
  token.payload.oid = process.env.MOCK_OID ?? 'oidc-user-1';
  token.payload.name = process.env.MOCK_NAME ?? 'Helen Marsh';
  token.payload.preferred_username = process.env.MOCK_EMAIL ?? 'helen.marsh@education.gov.uk';
  token.payload.roles = (process.env.MOCK_ROLES ?? 'ChiefStatistician').split(',');
});
await server.start(0, '127.0.0.1');
server.issuer.url = `http://127.0.0.1:${server.address().port}`;
console.log(`LISTENING ${server.issuer.url}`);
process.stdin.on('end', () => server.stop().then(() => process.exit(0)));
process.stdin.resume();
