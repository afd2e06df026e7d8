namespace ChatPlatform.Client.Tests;

public sealed class PendingSendsTests
{
    private static readonly Guid Session = Guid.NewGuid();

    [Fact]
    public async Task An_ack_completes_the_send_with_its_id_and_seq()
    {
        var pending = new PendingSends();
        var send = pending.Add("m1", Session, new byte[] { 1 });
        var messageId = Guid.NewGuid();
        Assert.True(pending.TryAck(new SendAck("m1", messageId, 4, Session)));
        var ack = await send.Completion;
        Assert.Equal((messageId, 4L), (ack.Id, ack.Seq));
        Assert.Equal(0, pending.Count);
    }

    [Fact]
    public void A_second_ack_for_the_same_id_is_ignored()
    {
        var pending = new PendingSends();
        pending.Add("m1", Session, new byte[] { 1 });
        Assert.True(pending.TryAck(new SendAck("m1", Guid.NewGuid(), 1, Session)));
        Assert.False(pending.TryAck(new SendAck("m1", Guid.NewGuid(), 1, Session)));
    }

    [Fact]
    public async Task An_error_frame_fails_the_send_with_its_code()
    {
        var pending = new PendingSends();
        var send = pending.Add("m1", Session, new byte[] { 1 });
        Assert.True(pending.TryFail("m1", new ChatSendException("session_closed", "closed", "m1")));
        var refused = await Assert.ThrowsAsync<ChatSendException>(() => send.Completion);
        Assert.Equal("session_closed", refused.Code);
    }

    [Fact]
    public void Unacked_sends_come_back_oldest_first_with_the_same_bytes()
    {
        var pending = new PendingSends();
        pending.Add("a", Session, new byte[] { 1 });
        pending.Add("b", Session, new byte[] { 2 });
        pending.Add("c", Session, new byte[] { 3 });
        pending.TryAck(new SendAck("b", Guid.NewGuid(), 2, Session));
        var unacked = pending.Unacked();
        Assert.Equal(["a", "c"], unacked.Select(p => p.ClientMessageId));
        Assert.Equal([1, 3], unacked.Select(p => p.Frame.Span[0]));
    }

    [Fact]
    public void The_same_id_sent_twice_while_pending_is_one_send()
    {
        var pending = new PendingSends();
        var first = pending.Add("a", Session, new byte[] { 1 });
        var second = pending.Add("a", Session, new byte[] { 9 });
        Assert.Same(first, second);
        Assert.Equal(1, pending.Count);
    }

    [Fact]
    public async Task Fail_all_settles_every_waiting_send()
    {
        var pending = new PendingSends();
        var a = pending.Add("a", Session, new byte[] { 1 });
        var b = pending.Add("b", Session, new byte[] { 2 });
        pending.FailAll(p => new ChatSendException("connection_closed", null, p.ClientMessageId));
        Assert.Equal("a", (await Assert.ThrowsAsync<ChatSendException>(() => a.Completion)).ClientMessageId);
        Assert.Equal("b", (await Assert.ThrowsAsync<ChatSendException>(() => b.Completion)).ClientMessageId);
        Assert.Equal(0, pending.Count);
    }
}
