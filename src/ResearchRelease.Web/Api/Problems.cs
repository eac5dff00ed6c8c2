using ResearchRelease.Domain.Applications;
using ResearchRelease.Web.Applications;

namespace ResearchRelease.Web.Api;

/// <summary>Problem-details responses: every 4xx says what went wrong and, where it can, which field.</summary>
public static class Problems
{
    public static IResult Field(string field, string message, int status = StatusCodes.Status400BadRequest) =>
        Results.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [message] },
            detail: message,
            statusCode: status,
            title: status == StatusCodes.Status400BadRequest ? "The request is not valid." : null
        );

    public static IResult Fields(IEnumerable<FieldError> errors) =>
        Results.ValidationProblem(
            errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: "The request is not valid.",
            detail: "One or more fields are not valid."
        );

    public static IResult NotFound() =>
        Results.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "Not found.",
            detail: "There is no such application, or you do not have access to it."
        );

    public static IResult From(ServiceResult result) =>
        result.Failure switch
        {
            CommandFailure.NotFound => NotFound(),
            CommandFailure.Forbidden => Results.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Forbidden.",
                detail: result.Message
            ),
            CommandFailure.Conflict => Results.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Conflict.",
                detail: result.Message
            ),
            CommandFailure.Invalid => Field(result.Field ?? "body", result.Message ?? "Not valid."),
            _ => Results.Problem(statusCode: StatusCodes.Status500InternalServerError),
        };
}
