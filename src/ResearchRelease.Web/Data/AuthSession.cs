namespace ResearchRelease.Web.Data;

/// <summary>
/// One signed-in session (ADR 0013): the browser's cookie holds only a random key; this row holds the ticket. Signing
/// out deletes the row, so a copy of the cookie taken earlier is worthless from that moment.
/// </summary>
public sealed class AuthSession
{
    /// <summary>SHA-256 (hex) of the cookie's key, not the key itself: a copy of this table cannot be replayed as a session.</summary>
    public string KeyHash { get; set; } = "";

    /// <summary>The user's stable id (<see cref="Auth.CurrentActor"/>'s subject), for "sign out of all devices".</summary>
    public string Subject { get; set; } = "";

    /// <summary>The authentication ticket, serialized and then encrypted with Data Protection; never plain.</summary>
    public byte[] Ticket { get; set; } = [];

    public DateTime CreatedAt { get; set; }
    public DateTime RenewedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
}
