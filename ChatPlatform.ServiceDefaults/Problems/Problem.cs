using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatPlatform.ServiceDefaults.Problems;

/// <summary>Typed problem results with the SPEC.md error codes; handlers return these through TypedResults.</summary>
public static class Problem
{
    public static ProblemHttpResult Of(int status, string code, string detail, string? title = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title,
            extensions: new Dictionary<string, object?> { ["code"] = code });

    /// <summary>The problem for <paramref name="code"/>: its status, wire code and title (field errors use <see cref="Validation(IDictionary{string, string[]}, string)"/>).</summary>
    public static ProblemHttpResult For(ErrorCode code, string detail) => Of(code.ToStatus(), code.ToWire(), detail, code.Title());

    public static ProblemHttpResult NotFound(string detail = "The resource does not exist.") =>
        Of(StatusCodes.Status404NotFound, ErrorCodes.NotFound, detail, "Not Found");

    public static ProblemHttpResult Conflict(string detail, string code = ErrorCodes.Conflict) =>
        Of(StatusCodes.Status409Conflict, code, detail, "Conflict");

    public static ProblemHttpResult Forbidden(string detail, string code = ErrorCodes.Forbidden) =>
        Of(StatusCodes.Status403Forbidden, code, detail, "Forbidden");

    public static ProblemHttpResult Unauthorized(string detail) =>
        Of(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthorized, detail, "Unauthorized");

    public static ValidationProblem Validation(IDictionary<string, string[]> errors, string detail = "The request is invalid.") =>
        TypedResults.ValidationProblem(errors, detail: detail, title: "Validation failed",
            extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.ValidationFailed });

    public static ValidationProblem Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] }, message);
}
