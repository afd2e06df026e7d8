using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Messages;
using ChatPlatform.EndToEnd.Tests.Sessions;
using ChatPlatform.EndToEnd.Tests.Support;

namespace ChatPlatform.EndToEnd.Tests.RichMessaging;

/// <summary>SPEC.md section 5: assignment and transfer add system messages to the support session's history.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SupportSystemMessagesTests(PlatformFixture platform)
{
    [Fact]
    public async Task Accept_and_transfer_leave_session_assigned_and_session_transferred_system_messages_in_order()
    {
        var customer = await TestUser.RegisterAsync(platform, "customer");
        var first = await platform.NewAgentAsync("first-agent");
        var second = await platform.NewAgentAsync("second-agent");
        var session = await customer.CreateSessionAsync("Need help", "support");

        Assert.Equal(HttpStatusCode.OK, (await first.AcceptAsync(session.Id())).StatusCode);
        await first.TransferWhenKnownAsync(session.Id(), second.Id);

        var events = await MessagesApi.EventuallyAsync(async () =>
        {
            var items = (await customer.HistoryAsync(session.Id(), "?after_seq=0"))["items"]!.AsArray()
                .Where(m => m!.Event() is "session_assigned" or "session_transferred").ToList();
            return items.Count == 2 ? items : null;
        }, "the assignment and transfer system messages");

        Assert.All(events, e => Assert.Equal("system", e!["message_type"]!.GetValue<string>()));
        Assert.Equal(("session_assigned", first.Id.ToString()), (events[0]!.Event(), events[0]!["metadata"]!["agent_id"]!.GetValue<string>()));
        Assert.Equal(("session_transferred", first.Id.ToString(), second.Id.ToString()), (events[1]!.Event(),
            events[1]!["metadata"]!["from_agent_id"]!.GetValue<string>(), events[1]!["metadata"]!["to_agent_id"]!.GetValue<string>()));
    }
}
