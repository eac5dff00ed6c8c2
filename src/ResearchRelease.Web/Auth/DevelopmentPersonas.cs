using System.Security.Claims;

namespace ResearchRelease.Web.Auth;

/// <summary>
/// Seeded people for local runs and tests. Only ever registered in the Development environment:
/// <see cref="AuthenticationSetup"/> refuses to start otherwise.
/// </summary>
public static class DevelopmentPersonas
{
    public const string HeaderName = "X-Dev-Persona";
    public const string Scheme = "DevPersona";

    public sealed record Persona(string Key, string Subject, string Name, string Email, string Role, string Description);

    public static readonly IReadOnlyList<Persona> All =
    [
        new(
            "researcher",
            "dev-researcher-1",
            "Dr Priya Shah",
            "p.shah@example.ac.uk",
            Roles.Researcher,
            "Senior Lecturer, University of Northmoor: applies for data."
        ),
        new(
            "researcher2",
            "dev-researcher-2",
            "Dr Łukasz Nowak",
            "l.nowak@example.ac.uk",
            Roles.Researcher,
            "Another researcher, to check that researchers see only their own applications."
        ),
        new(
            "chief-statistician",
            "dev-chief-statistician",
            "Helen Marsh",
            "helen.marsh@education.gov.uk",
            Roles.ChiefStatistician,
            "Chief Statistician, Department for Education: decides applications."
        ),
        new(
            "deputy",
            "dev-deputy",
            "Dr Aisha Rahman",
            "aisha.rahman@education.gov.uk",
            Roles.DeputyChiefStatistician,
            "Deputy Director, Data and Statistics: decides applications only while the Chief Statistician has designated her."
        ),
        new(
            "compliance",
            "dev-compliance",
            "Sam Okafor",
            "sam.okafor@education.gov.uk",
            Roles.ComplianceOfficer,
            "Compliance officer: reads decision records and registers."
        ),
        new(
            "admin",
            "dev-service-admin",
            "Alex Morgan",
            "alex.morgan@education.gov.uk",
            Roles.ServiceAdministrator,
            "Service administrator: suspends, resumes and retries stuck workflow instances."
        ),
    ];

    public static Persona? Find(string? key) =>
        All.FirstOrDefault(p => string.Equals(p.Key, key?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary><paramref name="authenticatedAt"/> becomes the auth_time claim that signing a decision checks.</summary>
    public static ClaimsPrincipal Principal(Persona persona, string authenticationType, DateTimeOffset authenticatedAt) =>
        new(
            new ClaimsIdentity(
                [
                    new Claim(ClaimTypes.NameIdentifier, persona.Subject),
                    new Claim("name", persona.Name),
                    new Claim(ClaimTypes.Email, persona.Email),
                    new Claim(ClaimTypes.Role, persona.Role),
                    new Claim("dev_persona", persona.Key),
                    RecentSignIn.ClaimFor(authenticatedAt),
                ],
                authenticationType,
                "name",
                ClaimTypes.Role
            )
        );
}
