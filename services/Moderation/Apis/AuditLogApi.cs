using ChatPlatform.Moderation.Apis.Dtos;
using ChatPlatform.Moderation.Infrastructure;
using ChatPlatform.Moderation.Rules;
using ChatPlatform.ServiceDefaults.Auth;
using ChatPlatform.ServiceDefaults.Paging;
using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Moderation.Apis;

public static class AuditLogApi
{
    public static RouteHandlerBuilder MapAuditLogApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/chat/audit-log", ListAuditLog)
            .RequireAuthorization(AuthenticationExtensions.AdminPolicy)
            .WithTags("Moderation")
            .WithName("ListAuditLog")
            .WithSummary("The audit log, newest first, filtered by actor, session, target user or action (admin)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

    public static async Task<Results<Ok<Page<AuditEntryResponse>>, ValidationProblem>> ListAuditLog(
        [AsParameters] AuditLogQuery filter, [AsParameters] PageRequest page, ModerationDbContext db, CancellationToken cancellationToken)
    {
        if (!page.TryResolve(out var limit, out var cursor, out var errors))
        {
            return Problem.Validation(errors);
        }
        if (!AuditActions.TryParseFilter(filter.Action, out var actions, out var actionError))
        {
            return Problem.Validation("action", actionError!);
        }
        var query = db.AuditLog.AsNoTracking();
        if (filter.ActorId is { } actor)
        {
            query = query.Where(e => e.ActorId == actor);
        }
        if (filter.SessionId is { } session)
        {
            query = query.Where(e => e.SessionId == session);
        }
        if (filter.TargetUserId is { } target)
        {
            query = query.Where(e => e.TargetUserId == target);
        }
        if (actions.Count > 0)
        {
            query = query.Where(e => actions.Contains(e.Action));
        }
        if (cursor is { } after)
        {
            query = query.Where(e => EF.Functions.LessThan(ValueTuple.Create(e.OccurredAt, e.Id), ValueTuple.Create(after.At, after.Id)));
        }
        var rows = await query.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var (entries, nextCursor) = KeysetPage.Split(rows, limit, e => new KeysetCursor(e.OccurredAt, e.Id));
        return TypedResults.Ok(new Page<AuditEntryResponse>(entries.Select(AuditEntryResponse.From).ToList(), nextCursor));
    }
}
