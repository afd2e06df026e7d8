using System.Security.Claims;
using ChatPlatform.Moderation.Apis.Dtos;
using ChatPlatform.Moderation.Application.Blocks;
using ChatPlatform.Moderation.Rules;
using ChatPlatform.ServiceDefaults.Auth;
using ChatPlatform.ServiceDefaults.Paging;
using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Moderation.Apis;

public static class BlocksApi
{
    public static RouteGroupBuilder MapBlocksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/chat").WithTags("Moderation").RequireAuthorization();

        api.MapPost("/block", BlockUser).WithName("BlockUser").WithSummary("Block a user (global, one-way); blocking again changes nothing")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/unblock", UnblockUser).WithName("UnblockUser").WithSummary("Lift a block; unblocking someone not blocked changes nothing")
            .ProducesValidationProblem();
        api.MapGet("/blocks", ListBlocks).WithName("ListBlocks").WithSummary("The users the caller has blocked, newest first");

        return api;
    }

    public static async Task<Results<Ok<BlockResponse>, ValidationProblem, ProblemHttpResult>> BlockUser(
        BlockRequest request, ClaimsPrincipal user, HttpContext http, [AsParameters] BlocksServices services, CancellationToken cancellationToken)
    {
        var me = user.UserId();
        if (!BlockRules.TryGetTarget(request.UserId, me, out var target, out var errors))
        {
            return Problem.Validation(errors);
        }
        if (!await services.Users.MayExistAsync(target, http.Request.Headers.Authorization, cancellationToken))
        {
            return Problem.NotFound("The user does not exist.");
        }
        var block = await services.Blocking.BlockAsync(me, target, cancellationToken);
        return TypedResults.Ok(new BlockResponse(target, true, block.CreatedAt));
    }

    public static async Task<Results<Ok<UnblockResponse>, ValidationProblem>> UnblockUser(
        BlockRequest request, ClaimsPrincipal user, [AsParameters] BlocksServices services, CancellationToken cancellationToken)
    {
        var me = user.UserId();
        if (!BlockRules.TryGetTarget(request.UserId, me, out var target, out var errors))
        {
            return Problem.Validation(errors);
        }
        await services.Blocking.UnblockAsync(me, target, cancellationToken);
        return TypedResults.Ok(new UnblockResponse(target, false));
    }

    public static async Task<Results<Ok<Page<BlockedUserResponse>>, ValidationProblem>> ListBlocks(
        [AsParameters] PageRequest page, ClaimsPrincipal user, [AsParameters] BlocksServices services, CancellationToken cancellationToken)
    {
        if (!page.TryResolve(out var limit, out var cursor, out var errors))
        {
            return Problem.Validation(errors);
        }
        var me = user.UserId();
        var query = services.Db.Blocks.AsNoTracking().Where(b => b.BlockerId == me);
        if (cursor is { } after)
        {
            query = query.Where(b => EF.Functions.LessThan(ValueTuple.Create(b.CreatedAt, b.BlockedId), ValueTuple.Create(after.At, after.Id)));
        }
        var rows = await query.OrderByDescending(b => b.CreatedAt).ThenByDescending(b => b.BlockedId).Take(limit + 1).ToListAsync(cancellationToken);
        var (blocks, nextCursor) = KeysetPage.Split(rows, limit, b => new KeysetCursor(b.CreatedAt, b.BlockedId));
        return TypedResults.Ok(new Page<BlockedUserResponse>(blocks.Select(BlockedUserResponse.From).ToList(), nextCursor));
    }
}
