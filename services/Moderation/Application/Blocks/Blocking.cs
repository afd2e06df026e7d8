using System.Diagnostics;
using ChatPlatform.Contracts;
using ChatPlatform.Moderation.Infrastructure;
using ChatPlatform.Moderation.Model;
using ChatPlatform.ServiceDefaults.Data;
using ChatPlatform.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Moderation.Application.Blocks;

/// <summary>
/// Blocks and unblocks. Each change and its event (<see cref="UserBlocked"/>, <see cref="UserUnblocked"/>) commit
/// together through the outbox; repeating a block or an unblock changes nothing and publishes nothing.
/// </summary>
public sealed class Blocking(ModerationDbContext db, TimeProvider clock)
{
    public async Task<Block> BlockAsync(Guid blockerId, Guid blockedId, CancellationToken cancellationToken)
    {
        using var activity = StartActivity("block user", blockerId, blockedId);
        if (await FindAsync(blockerId, blockedId, cancellationToken) is { } existing)
        {
            return existing;
        }
        var block = new Block { BlockerId = blockerId, BlockedId = blockedId, CreatedAt = clock.GetStoredUtcNow() };
        db.Blocks.Add(block);
        db.AddOutboxMessage(new UserBlocked(blockerId, blockedId, block.CreatedAt));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return block;
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // The same block was made concurrently; that request's row and event stand.
            db.ChangeTracker.Clear();
            return await FindAsync(blockerId, blockedId, cancellationToken) ?? throw new InvalidOperationException("The concurrent block vanished.", exception);
        }
    }

    /// <summary>Lifts a block; false when there was none. The delete decides, so two concurrent unblocks publish one event.</summary>
    public async Task<bool> UnblockAsync(Guid blockerId, Guid blockedId, CancellationToken cancellationToken)
    {
        using var activity = StartActivity("unblock user", blockerId, blockedId);
        var result = await UnblockCoreAsync(blockerId, blockedId, cancellationToken);
        activity?.SetTag("chat.outcome", result ? "unblocked" : "not_blocked");
        return result;
    }

    private async Task<bool> UnblockCoreAsync(Guid blockerId, Guid blockedId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var removed = await db.Blocks
            .Where(b => b.BlockerId == blockerId && b.BlockedId == blockedId)
            .ExecuteDeleteAsync(cancellationToken);
        if (removed == 0)
        {
            return false;
        }
        db.AddOutboxMessage(new UserUnblocked(blockerId, blockedId, clock.GetStoredUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private Task<Block?> FindAsync(Guid blockerId, Guid blockedId, CancellationToken cancellationToken) =>
        db.Blocks.AsNoTracking().SingleOrDefaultAsync(b => b.BlockerId == blockerId && b.BlockedId == blockedId, cancellationToken);

    private static Activity? StartActivity(string name, Guid blockerId, Guid blockedId)
    {
        var activity = ModerationTracing.Source.StartActivity(name);
        activity?.SetTag("chat.user_id", blockerId);
        activity?.SetTag("chat.blocked_user_id", blockedId);
        return activity;
    }
}
