using System.Text;
using ChatPlatform.Contracts;
using ChatPlatform.Presence.Application.Delivery;
using ChatPlatform.Presence.Tests.Infrastructure;

namespace ChatPlatform.Presence.Tests.Delivery;

/// <summary>Frames outside the seq stream (typing, read receipts, reactions) skip the sockets of users who block the actor.</summary>
public sealed class BlockedFanOutTests
{
    private static readonly Guid Blocked = Guid.NewGuid();

    private static async Task<(FeedHarness Harness, RecordingSink Blocker, RecordingSink Witness)> SessionWithBlockerAndWitnessAsync()
    {
        var harness = new FeedHarness();
        var blocker = new RecordingSink { Blocked = new HashSet<Guid> { Blocked } };
        var witness = new RecordingSink();
        await harness.SubscribeAsync(blocker);
        await harness.SubscribeAsync(witness);
        return (harness, blocker, witness);
    }

    private static string[] Types(RecordingSink sink) =>
        sink.Frames.Select(frame => Encoding.UTF8.GetString(frame)).ToArray();

    [Fact]
    public async Task Typing_read_receipts_and_reactions_of_a_blocked_user_reach_everyone_but_the_blocker()
    {
        var (harness, blocker, witness) = await SessionWithBlockerAndWitnessAsync();
        var fanOut = new LocalFanOut(harness.Feeds);

        fanOut.Typing(harness.SessionId, Blocked, isTyping: true);
        fanOut.ReadReceipt(harness.SessionId, Blocked, 3);
        fanOut.Reaction(new ReactionChanged(Guid.NewGuid(), harness.SessionId, Blocked, "👍", Added: true,
            new Dictionary<string, int> { ["👍"] = 1 }, DateTimeOffset.UtcNow));

        Assert.Empty(blocker.Frames);
        Assert.Collection(Types(witness),
            frame => Assert.Contains("\"typing\"", frame),
            frame => Assert.Contains("\"read_receipt\"", frame),
            frame => Assert.Contains("\"reaction\"", frame));
    }

    [Fact]
    public async Task The_blocker_still_gets_the_same_frames_from_anyone_else()
    {
        var (harness, blocker, _) = await SessionWithBlockerAndWitnessAsync();
        var fanOut = new LocalFanOut(harness.Feeds);
        var other = Guid.NewGuid();

        fanOut.Typing(harness.SessionId, other, isTyping: true);
        fanOut.ReadReceipt(harness.SessionId, other, 3);
        fanOut.Reaction(new ReactionChanged(Guid.NewGuid(), harness.SessionId, other, "👍", Added: true,
            new Dictionary<string, int> { ["👍"] = 1 }, DateTimeOffset.UtcNow));

        Assert.Equal(3, blocker.Frames.Count);
    }
}
