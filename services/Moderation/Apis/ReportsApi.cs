using System.Security.Claims;
using ChatPlatform.Moderation.Apis.Dtos;
using ChatPlatform.Moderation.Application.Reports;
using ChatPlatform.Moderation.Rules;
using ChatPlatform.ServiceDefaults.Auth;
using ChatPlatform.ServiceDefaults.Idempotency;
using ChatPlatform.ServiceDefaults.Paging;
using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Moderation.Apis;

public static class ReportsApi
{
    public static RouteGroupBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/chat/reports").WithTags("Moderation").RequireAuthorization();

        api.MapPost("", FileReport).WithName("FileReport").WithSummary("Report a message the caller can read")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("", ListReports).WithName("ListReports").WithSummary("Reports to review, newest first (admin)")
            .RequireAuthorization(AuthenticationExtensions.AdminPolicy).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPost("/{id:guid}/resolve", ResolveReport).WithName("ResolveReport").WithSummary("Resolve a report (admin)")
            .RequireAuthorization(AuthenticationExtensions.AdminPolicy)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    public static async Task<Results<Created<ReportResponse>, Ok<ReportResponse>, ValidationProblem, ProblemHttpResult>> FileReport(
        ReportRequest request,
        [FromHeader(Name = IdempotencyKeyHeader.Name)] string? idempotencyKey,
        ClaimsPrincipal user,
        HttpContext http,
        [AsParameters] ReportsServices services,
        CancellationToken cancellationToken)
    {
        if (!IdempotencyKeyHeader.IsValid(idempotencyKey, ReportRules.MaxIdempotencyKeyLength))
        {
            return Problem.Validation(IdempotencyKeyHeader.Name, IdempotencyKeyHeader.Requirement(ReportRules.MaxIdempotencyKeyLength));
        }
        if (!ReportRules.TryCreate(request.MessageId, request.Reason, out var messageId, out var reason, out var errors))
        {
            return Problem.Validation(errors);
        }
        var filed = await services.Desk.FileAsync(user.UserId(), messageId, reason, idempotencyKey, http.Request.Headers.Authorization, cancellationToken);
        return filed switch
        {
            { Outcome: ReportOutcome.NotReadable } => Problem.NotFound("The message does not exist."),
            { Outcome: ReportOutcome.Unavailable } => Problem.Of(StatusCodes.Status503ServiceUnavailable, ErrorCodes.ServiceUnavailable,
                "Messages cannot confirm the message right now; try again.", "Service Unavailable"),
            { Outcome: ReportOutcome.AlreadyReported } => TypedResults.Ok(ReportResponse.From(filed.Report!)),
            _ => TypedResults.Created($"/api/v1/chat/reports/{filed.Report!.Id}", ReportResponse.From(filed.Report)),
        };
    }

    public static async Task<Results<Ok<Page<ReportResponse>>, ValidationProblem>> ListReports(
        [FromQuery] string? status, [AsParameters] PageRequest page, [AsParameters] ReportsServices services, CancellationToken cancellationToken)
    {
        if (!page.TryResolve(out var limit, out var cursor, out var errors))
        {
            return Problem.Validation(errors);
        }
        if (!ReportRules.TryParseStatus(status, out var wanted))
        {
            return Problem.Validation("status", "The status must be open or resolved.");
        }
        var query = services.Db.Reports.AsNoTracking();
        if (wanted is { } only)
        {
            query = query.Where(r => r.Status == only);
        }
        if (cursor is { } after)
        {
            query = query.Where(r => EF.Functions.LessThan(ValueTuple.Create(r.CreatedAt, r.Id), ValueTuple.Create(after.At, after.Id)));
        }
        var rows = await query.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var (reports, nextCursor) = KeysetPage.Split(rows, limit, r => new KeysetCursor(r.CreatedAt, r.Id));
        return TypedResults.Ok(new Page<ReportResponse>(reports.Select(ReportResponse.From).ToList(), nextCursor));
    }

    public static async Task<Results<Ok<ReportResponse>, ValidationProblem, ProblemHttpResult>> ResolveReport(
        Guid id, ResolveReportRequest? request, ClaimsPrincipal user, [AsParameters] ReportsServices services, CancellationToken cancellationToken)
    {
        if (!ReportRules.TryGetResolution(request?.Resolution, out var resolution, out var errors))
        {
            return Problem.Validation(errors);
        }
        return await services.Desk.ResolveAsync(id, user.UserId(), resolution, cancellationToken) is { } report
            ? TypedResults.Ok(ReportResponse.From(report))
            : Problem.NotFound("The report does not exist.");
    }
}
