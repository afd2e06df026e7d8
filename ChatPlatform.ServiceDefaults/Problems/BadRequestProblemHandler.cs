using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace ChatPlatform.ServiceDefaults.Problems;

/// <summary>
/// A request that minimal APIs cannot bind (malformed JSON, wrong types, a missing body, an unparsable query value)
/// is a 400 <c>validation_failed</c> problem naming the field, never a 500. Register with
/// <see cref="BadRequestProblemExtensions.AddBadRequestProblems"/>.
/// </summary>
public sealed partial class BadRequestProblemHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }
        var status = badRequest.StatusCode;
        var tooLarge = status == StatusCodes.Status413PayloadTooLarge;
        var (field, detail) = Describe(badRequest);
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [detail] })
            {
                Status = status,
                Title = tooLarge ? "Payload too large" : "Validation failed",
                Detail = detail,
                Extensions = { ["code"] = tooLarge ? ErrorCodes.PayloadTooLarge : ErrorCodes.ValidationFailed },
            },
        });
    }

    /// <summary>Which field is wrong (the JSON path without <c>$.</c>, else <c>body</c>) and a message meant for clients.</summary>
    private static (string Field, string Detail) Describe(BadHttpRequestException exception) => exception.InnerException switch
    {
        JsonException { Path: { Length: > 2 } path } => (path[2..], $"The request body is not valid JSON at '{path}'."),
        JsonException => ("body", "The request body is not valid JSON."),
        _ when exception.StatusCode == StatusCodes.Status413PayloadTooLarge => ("body", "The request body is too large."),
        _ when UnbindableParameter().Match(exception.Message) is { Success: true } match =>
            (JsonNamingPolicy.SnakeCaseLower.ConvertName(match.Groups["name"].Value), $"'{match.Groups["value"].Value}' is not a valid value."),
        _ => ("body", "The request body is missing or cannot be read."),
    };

    /// <summary>Minimal APIs' message for a route, query or header value of the wrong type.</summary>
    [GeneratedRegex("""^Failed to bind parameter "[^"]* (?<name>\w+)" from "(?<value>[^"]*)"\.""")]
    private static partial Regex UnbindableParameter();
}
