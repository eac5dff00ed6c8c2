using ResearchRelease.Web.Tests.Infrastructure;

namespace ResearchRelease.Web.Tests.Security;

/// <summary>
/// Who gets what from each endpoint, called with the ids of an approved application owned by <c>researcher</c> and
/// no body. "sign-in"/"denied" are redirects to those pages; 400/415 mean the caller got past authorization and the
/// empty request was refused (antiforgery on pages, no JSON on the API); 409 means the state allows no such command.
/// </summary>
public static class AuthorizationMatrix
{
    public static readonly IReadOnlyList<string?> Callers =
    [
        null,
        Personas.Researcher,
        Personas.Researcher2,
        Personas.ChiefStatistician,
        Personas.Compliance,
    ];

    //                                                          anonymous  owner  other researcher  chief  compliance
    public static readonly IReadOnlyDictionary<string, string[]> Expected = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        // Issue 3: the question flow (owner only; a decided application redirects to its details), attachments,
        // the catalogue (compliance only), the screening API and the public eligibility check.
        ["GET /applications/start"] = ["sign-in", "200", "200", "denied", "denied"],
        ["GET /applications/{id:guid}/attachments"] = ["sign-in", "302", "404", "denied", "denied"],
        // The matrix application was drafted with its ethics approval letter attached, so its readers can open it.
        ["GET /applications/{id:guid}/attachments/{kind}"] = ["sign-in", "200", "404", "200", "200"],
        ["GET /applications/{id:guid}/check-answers"] = ["sign-in", "302", "404", "denied", "denied"],
        ["GET /applications/{id:guid}/data-items"] = ["sign-in", "302", "404", "denied", "denied"],
        ["GET /applications/{id:guid}/data-items/{code}"] = ["sign-in", "302", "404", "denied", "denied"],
        ["GET /applications/{id:guid}/named-users"] = ["sign-in", "302", "404", "denied", "denied"],
        ["GET /applications/{id:guid}/questions/{slug}"] = ["sign-in", "302", "404", "denied", "denied"],
        ["GET /applications/{id:guid}/research-questions"] = ["sign-in", "302", "404", "denied", "denied"],
        ["GET /applications/{id:guid}/tasks"] = ["sign-in", "302", "404", "denied", "denied"],
        ["GET /check"] = ["200", "200", "200", "200", "200"],
        // Issue 14: the check one question per page ("applicant" is no question: 404); without answers, the answers and
        // result pages send the visitor to the first question.
        ["GET /check/{slug}"] = ["404", "404", "404", "404", "404"],
        ["GET /check/answers"] = ["302", "302", "302", "302", "302"],
        ["GET /check/result"] = ["302", "302", "302", "302", "302"],
        ["GET /compliance/catalogue"] = ["sign-in", "denied", "denied", "denied", "200"],
        ["GET /compliance/catalogue/edit/{code?}"] = ["sign-in", "denied", "denied", "denied", "404"],
        ["POST /api/screening"] = ["401", "415", "415", "415", "415"],
        ["POST /applications/start"] = ["sign-in", "400", "400", "denied", "denied"],
        ["POST /applications/{id:guid}/attachments"] = ["sign-in", "400", "400", "denied", "denied"],
        ["POST /applications/{id:guid}/check-answers"] = ["sign-in", "400", "400", "denied", "denied"],
        ["POST /applications/{id:guid}/data-items"] = ["sign-in", "400", "400", "denied", "denied"],
        ["POST /applications/{id:guid}/data-items/{code}"] = ["sign-in", "400", "400", "denied", "denied"],
        ["POST /applications/{id:guid}/named-users"] = ["sign-in", "400", "400", "denied", "denied"],
        ["POST /applications/{id:guid}/questions/{slug}"] = ["sign-in", "400", "400", "denied", "denied"],
        ["POST /applications/{id:guid}/research-questions"] = ["sign-in", "400", "400", "denied", "denied"],
        ["POST /applications/{id:guid}/tasks"] = ["sign-in", "400", "400", "denied", "denied"],
        ["POST /check"] = ["400", "400", "400", "400", "400"],
        ["POST /check/{slug}"] = ["400", "400", "400", "400", "400"],
        ["POST /check/answers"] = ["400", "400", "400", "400", "400"],
        ["POST /check/result"] = ["400", "400", "400", "400", "400"],
        ["POST /compliance/catalogue"] = ["sign-in", "denied", "denied", "denied", "400"],
        ["POST /compliance/catalogue/edit/{code?}"] = ["sign-in", "denied", "denied", "denied", "400"],
        // Issue 4: audit and exports are compliance-only; the public register and letter verification are open to all.
        ["GET /api/audit/verify"] = ["401", "403", "403", "403", "200"],
        ["GET /api/decisions.csv"] = ["401", "403", "403", "403", "200"],
        ["GET /api/decisions.json"] = ["401", "403", "403", "403", "200"],
        ["GET /api/decisions/{reference}/bundle.zip"] = ["401", "403", "403", "403", "200"],
        ["GET /register"] = ["200", "200", "200", "200", "200"],
        ["GET /register.csv"] = ["200", "200", "200", "200", "200"],
        ["GET /verify/{code?}"] = ["200", "200", "200", "200", "200"],
        ["POST /api/verify"] = ["415", "415", "415", "415", "415"],
        ["POST /register"] = ["400", "400", "400", "400", "400"],
        ["POST /verify/{code?}"] = ["400", "400", "400", "400", "400"],
        // Deputy designations: the Chief Statistician designates and revokes; compliance reads the log. The deputy
        // persona's own answers are in DeputyMatrix (this table keeps its five columns).
        ["GET /deputies"] = ["sign-in", "denied", "denied", "200", "denied"],
        ["POST /deputies"] = ["sign-in", "denied", "denied", "400", "denied"],
        ["GET /deputies/new"] = ["sign-in", "denied", "denied", "200", "denied"],
        ["POST /deputies/new"] = ["sign-in", "denied", "denied", "400", "denied"],
        ["GET /deputies/{id:guid}/revoke"] = ["sign-in", "denied", "denied", "404", "denied"],
        ["POST /deputies/{id:guid}/revoke"] = ["sign-in", "denied", "denied", "400", "denied"],
        ["GET /compliance/deputies"] = ["sign-in", "denied", "denied", "denied", "200"],
        ["POST /compliance/deputies"] = ["sign-in", "denied", "denied", "denied", "400"],
        ["GET /api/deputies"] = ["401", "403", "403", "200", "200"],
        ["POST /api/deputies/"] = ["401", "403", "403", "415", "403"],
        ["POST /api/deputies/{id:guid}/revoke"] = ["401", "403", "403", "415", "403"],
        // Issue 6: the process diagram and the stuck-instances list are read by compliance (and a service administrator,
        // see ProcessViewsTests); the act page (suspend/resume/retry) is for a service administrator only.
        ["GET /compliance/process"] = ["sign-in", "denied", "denied", "denied", "200"],
        ["POST /compliance/process"] = ["sign-in", "denied", "denied", "denied", "400"],
        ["GET /compliance/process/instances"] = ["sign-in", "denied", "denied", "denied", "200"],
        ["POST /compliance/process/instances"] = ["sign-in", "denied", "denied", "denied", "400"],
        ["GET /compliance/process/instances/{id:guid}/act"] = ["sign-in", "denied", "denied", "denied", "denied"],
        ["POST /compliance/process/instances/{id:guid}/act"] = ["sign-in", "denied", "denied", "denied", "denied"],
        // Issue 4, corrections: the Chief Statistician issues a corrected letter; every letter stays downloadable.
        ["GET /api/applications/{id:guid}/letters/{letterId:guid}.pdf"] = ["401", "200", "404", "200", "200"],
        ["GET /decisions/{id:guid}/correct-letter"] = ["sign-in", "denied", "denied", "200", "denied"],
        ["POST /api/applications/{id:guid}/letter-corrections"] = ["401", "403", "403", "415", "403"],
        ["POST /decisions/{id:guid}/correct-letter"] = ["sign-in", "denied", "denied", "400", "denied"],
        // Issue 6: the release lifecycle. The matrix application is approved and running, so the owner may ask for an
        // extension (the page renders; an empty POST is refused) but has nothing to confirm yet (the form leads back).
        ["GET /applications/{id:guid}/extension"] = ["sign-in", "200", "404", "denied", "denied"],
        ["POST /applications/{id:guid}/extension"] = ["sign-in", "400", "400", "denied", "denied"],
        ["GET /applications/{id:guid}/destruction"] = ["sign-in", "302", "404", "denied", "denied"],
        ["POST /applications/{id:guid}/destruction"] = ["sign-in", "400", "400", "denied", "denied"],
        ["POST /api/applications/{id:guid}/extension"] = ["401", "415", "415", "403", "403"],
        ["POST /api/applications/{id:guid}/destruction"] = ["401", "415", "415", "403", "403"],
        ["GET /api/applications/{id:guid}/letters/{round:int}.pdf"] = ["401", "200", "404", "200", "200"],
        ["GET /compliance/releases"] = ["sign-in", "denied", "denied", "denied", "200"],
        ["GET /rescreening"] = ["sign-in", "denied", "denied", "200", "200"],
        ["POST /rescreening"] = ["sign-in", "denied", "denied", "400", "400"],
        ["POST /compliance/releases"] = ["sign-in", "denied", "denied", "denied", "400"],
        ["GET /"] = ["200", "200", "200", "200", "200"],
        ["GET /Index"] = ["200", "200", "200", "200", "200"],
        ["GET /access-denied"] = ["403", "403", "403", "403", "403"],
        ["GET /account/sign-in"] = ["sign-in", "sign-in", "sign-in", "sign-in", "sign-in"],
        ["GET /account/sign-out"] = ["200", "200", "200", "200", "200"],
        ["GET /api/applications/"] = ["401", "200", "200", "403", "403"],
        ["GET /api/applications/{id:guid}"] = ["401", "200", "404", "200", "200"],
        ["GET /api/applications/{id:guid}/letter.pdf"] = ["401", "200", "404", "200", "200"],
        // The letter as a web page: whoever may read the application, like the PDF; no form, so a POST is refused.
        ["GET /applications/{id:guid}/letter/{letterId:guid?}"] = ["sign-in", "200", "404", "200", "200"],
        ["POST /applications/{id:guid}/letter/{letterId:guid?}"] = ["sign-in", "400", "400", "400", "400"],
        ["GET /api/decisions/"] = ["401", "403", "403", "403", "200"],
        ["GET /api/decisions/{reference}/record"] = ["401", "403", "403", "403", "200"],
        ["GET /api/queue"] = ["401", "403", "403", "200", "403"],
        ["GET /applications"] = ["sign-in", "200", "200", "denied", "denied"],
        ["GET /applications/{id:guid}"] = ["sign-in", "200", "404", "denied", "denied"],
        // Issue 14: an address nothing answers is "Page not found" for everyone, not a sign-in.
        ["GET /{**path}"] = ["404", "404", "404", "404", "404"],
        ["GET /start"] = ["sign-in", "302", "302", "302", "302"],
        ["POST /applications/{id:guid}/submitted"] = ["sign-in", "400", "400", "denied", "denied"],
        ["GET /applications/{id:guid}/submitted"] = ["sign-in", "200", "404", "denied", "denied"],
        ["GET /applications/{id:guid}/withdraw"] = ["sign-in", "302", "404", "denied", "denied"],
        ["POST /applications/{id:guid}/withdraw"] = ["sign-in", "400", "400", "denied", "denied"],
        ["GET /compliance"] = ["sign-in", "denied", "denied", "denied", "200"],
        ["GET /compliance/records/{reference}"] = ["sign-in", "denied", "denied", "denied", "200"],
        ["GET /decisions"] = ["sign-in", "denied", "denied", "200", "denied"],
        ["GET /decisions/{id:guid}"] = ["sign-in", "denied", "denied", "200", "denied"],
        ["GET /dev/sign-in"] = ["200", "200", "200", "200", "200"],
        ["GET /dev/outbox"] = ["sign-in", "200", "200", "200", "200"],
        ["POST /dev/outbox"] = ["sign-in", "400", "400", "400", "400"],
        ["GET /error"] = ["404", "404", "404", "404", "404"],
        ["GET /health"] = ["200", "200", "200", "200", "200"],
        ["GET /openapi/{documentName}.json"] = ["200", "200", "200", "200", "200"],
        ["GET /status/{code:int}"] = ["200", "200", "200", "200", "200"],
        ["POST /"] = ["400", "400", "400", "400", "400"],
        ["POST /Index"] = ["400", "400", "400", "400", "400"],
        ["POST /access-denied"] = ["400", "400", "400", "400", "400"],
        ["POST /account/sign-out"] = ["400", "400", "400", "400", "400"],
        ["POST /api/applications/"] = ["401", "415", "415", "403", "403"],
        ["POST /api/applications/{id:guid}/decision"] = ["401", "403", "403", "415", "403"],
        ["POST /api/applications/{id:guid}/submit"] = ["401", "409", "404", "403", "403"],
        ["POST /api/applications/{id:guid}/withdraw"] = ["401", "409", "404", "403", "403"],
        ["POST /applications"] = ["sign-in", "400", "400", "denied", "denied"],
        ["POST /applications/{id:guid}"] = ["sign-in", "400", "400", "denied", "denied"],
        ["POST /compliance"] = ["sign-in", "denied", "denied", "denied", "400"],
        ["POST /compliance/records/{reference}"] = ["sign-in", "denied", "denied", "denied", "400"],
        ["POST /decisions"] = ["sign-in", "denied", "denied", "400", "denied"],
        ["POST /decisions/{id:guid}"] = ["sign-in", "denied", "denied", "400", "denied"],
        ["POST /dev/sign-in"] = ["400", "400", "400", "400", "400"],
        ["POST /error"] = ["404", "404", "404", "404", "404"],
        ["POST /status/{code:int}"] = ["200", "200", "200", "200", "200"],
        ["PUT /api/applications/{id:guid}"] = ["401", "415", "415", "403", "403"],
        // Attaching over the API: the owner of a draft only; the matrix application is decided, so the state refuses.
        ["PUT /api/applications/{id:guid}/attachments/{kind}"] = ["401", "409", "404", "403", "403"],
        // Issue 15: standing shares (compliance drafts and maintains, the Chief Statistician decides, both read; the matrix's
        // id is an application's, so share pages answer 404 to those who may read them); the register of disclosures and
        // the statistics are public.
        ["GET /api/standing-shares/"] = ["401", "403", "403", "200", "200"],
        ["GET /api/standing-shares/{id:guid}"] = ["401", "403", "403", "404", "404"],
        ["GET /register.json"] = ["200", "200", "200", "200", "200"],
        // A quarter before any approval has no snapshot, for anyone: the public download is open to all.
        ["GET /register/snapshots/{file}"] = ["404", "404", "404", "404", "404"],
        ["GET /standing-shares"] = ["sign-in", "denied", "denied", "200", "200"],
        ["GET /standing-shares/new"] = ["sign-in", "denied", "denied", "denied", "200"],
        ["GET /standing-shares/{id:guid}"] = ["sign-in", "denied", "denied", "404", "404"],
        ["GET /standing-shares/{id:guid}/terms"] = ["sign-in", "denied", "denied", "denied", "404"],
        ["POST /api/standing-shares/"] = ["401", "403", "403", "403", "415"],
        ["POST /api/standing-shares/{id:guid}/decision"] = ["401", "403", "403", "415", "403"],
        ["POST /api/standing-shares/{id:guid}/renewal"] = ["401", "403", "403", "403", "415"],
        ["POST /api/standing-shares/{id:guid}/submission"] = ["401", "403", "403", "403", "415"],
        ["POST /standing-shares"] = ["sign-in", "denied", "denied", "400", "400"],
        ["POST /standing-shares/new"] = ["sign-in", "denied", "denied", "denied", "400"],
        ["POST /standing-shares/{id:guid}"] = ["sign-in", "denied", "denied", "400", "400"],
        ["POST /standing-shares/{id:guid}/terms"] = ["sign-in", "denied", "denied", "denied", "400"],
        ["PUT /api/standing-shares/{id:guid}/terms"] = ["401", "403", "403", "403", "415"],
        ["GET /how-we-decide"] = ["200", "200", "200", "200", "200"],
        ["GET /how-we-decide.csv"] = ["200", "200", "200", "200", "200"],
        ["POST /how-we-decide"] = ["400", "400", "400", "400", "400"],
        // Issue 15: the owner reports outputs of an approved release.
        ["GET /applications/{id:guid}/outputs"] = ["sign-in", "200", "404", "denied", "denied"],
        ["POST /api/applications/{id:guid}/outputs"] = ["401", "415", "415", "403", "403"],
        ["POST /applications/{id:guid}/outputs"] = ["sign-in", "400", "400", "denied", "denied"],
    };
}
