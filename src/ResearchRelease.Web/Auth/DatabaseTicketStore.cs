using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using ResearchRelease.Web.Data;

namespace ResearchRelease.Web.Auth;

/// <summary>
/// The cookie scheme's session store (ADR 0013): the session cookie carries only a random 256-bit key, and the ticket
/// lives in <c>auth_sessions</c>, encrypted with Data Protection. Being in the app database, a session made on one node
/// is read on another. Signing out removes the row, so a copied cookie is refused from that moment. A singleton (the
/// cookie options hold one instance), so each call takes its own scope and DbContext.
/// </summary>
public sealed class DatabaseTicketStore(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider clock) : ITicketStore
{
    private readonly IDataProtector _protector = protection.CreateProtector("ResearchRelease.Web.Auth.DatabaseTicketStore.v1");

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, CancellationToken.None);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        var key = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // Expired rows are swept here, at sign-in: sign-ins are rare next to requests, the index on expires_at keeps the
        // delete to dead rows only, and a row left over between sign-ins is refused on sight by RetrieveAsync anyway. So
        // no background job is needed to keep the table small.
        await db.AuthSessions.Where(s => s.ExpiresAt <= now).ExecuteDeleteAsync(CancellationToken.None);
        db.AuthSessions.Add(
            new AuthSession
            {
                KeyHash = Hash(key),
                Subject = SubjectOf(ticket),
                Ticket = Protect(ticket),
                CreatedAt = now,
                RenewedAt = now,
                ExpiresAt = ExpiryOf(ticket),
            }
        );
        // Not the request's token: a session half-written because the browser went away would only be swept later.
        await db.SaveChangesAsync(CancellationToken.None);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, CancellationToken.None);

    /// <summary>
    /// Sliding renewal (the cookie handler calls it at most once per half-lifetime, not per request, so "last seen" is
    /// this moment). An update only: a session signed out meanwhile on another request or node must stay gone.
    /// </summary>
    public async Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        var hash = Hash(key);
        var now = clock.GetUtcNow().UtcDateTime;
        var protectedTicket = Protect(ticket);
        var expires = ExpiryOf(ticket);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db
            .AuthSessions.Where(s => s.KeyHash == hash)
            .ExecuteUpdateAsync(
                u =>
                    u.SetProperty(s => s.Ticket, protectedTicket).SetProperty(s => s.RenewedAt, now).SetProperty(s => s.ExpiresAt, expires),
                CancellationToken.None
            );
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, CancellationToken.None);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken)
    {
        var hash = Hash(key);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var row = await db.AuthSessions.AsNoTracking().FirstOrDefaultAsync(s => s.KeyHash == hash, cancellationToken);
        if (row is null)
            return null;
        if (row.ExpiresAt <= clock.GetUtcNow().UtcDateTime)
        {
            await db.AuthSessions.Where(s => s.KeyHash == hash).ExecuteDeleteAsync(CancellationToken.None);
            return null;
        }
        try
        {
            return TicketSerializer.Default.Deserialize(_protector.Unprotect(row.Ticket));
        }
        catch (CryptographicException)
        {
            // A key ring that no longer holds the row's key (rotated out, or not shared with this node): not signed in.
            return null;
        }
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, CancellationToken.None);

    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        var hash = Hash(key);
        await using var scope = scopes.CreateAsyncScope();
        // Not the request's token: a sign-out must not be abandoned because the browser stopped waiting.
        await scope
            .ServiceProvider.GetRequiredService<AppDbContext>()
            .AuthSessions.Where(s => s.KeyHash == hash)
            .ExecuteDeleteAsync(CancellationToken.None);
    }

    /// <summary>"Sign out of all devices": every session of this user, on every node, ends now.</summary>
    public async Task<int> RemoveAllForAsync(string subject)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope
            .ServiceProvider.GetRequiredService<AppDbContext>()
            .AuthSessions.Where(s => s.Subject == subject)
            .ExecuteDeleteAsync(CancellationToken.None);
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private byte[] Protect(AuthenticationTicket ticket) => _protector.Protect(TicketSerializer.Default.Serialize(ticket));

    private static string SubjectOf(AuthenticationTicket ticket)
    {
        var subject = CurrentActor.From(ticket.Principal).Subject;
        return subject.Length <= 256 ? subject : subject[..256];
    }

    /// <summary>The cookie handler sets ExpiresUtc before it stores or renews; the fallback is the cookie's own lifetime.</summary>
    private DateTime ExpiryOf(AuthenticationTicket ticket) =>
        (ticket.Properties.ExpiresUtc ?? clock.GetUtcNow() + AuthenticationSetup.SessionLifetime).UtcDateTime;
}
