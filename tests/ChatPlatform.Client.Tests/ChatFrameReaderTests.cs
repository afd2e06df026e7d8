using System.Text;
using System.Text.Json.Nodes;

namespace ChatPlatform.Client.Tests;

public sealed class ChatFrameReaderTests
{
    private static ChatFrame? Read(string json) => ChatFrameReader.Read(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void A_message_frame_is_sequenced_and_reads_as_a_message()
    {
        var session = Guid.NewGuid();
        var id = Guid.NewGuid();
        var frame = Read($$"""
            {"id":"{{id}}","chat_session_id":"{{session}}","user_id":"{{Guid.NewGuid()}}","message_type":"text",
             "content":"hi","client_message_id":"c1","seq":12,"timestamp":"2026-12-07T06:00:00Z","edited_at":null,
             "deleted":false,"reply_to_id":null,"mentions":[],"attachments":[],"metadata":{"k":{"nested":[1,2]} } }
            """)!;
        Assert.Equal((ChatFrameTypes.Text, session, 12L, "c1"), (frame.MessageType, frame.ChatSessionId!.Value, frame.Seq!.Value, frame.ClientMessageId));
        Assert.True(frame.IsSequenced);
        Assert.True(frame.IsMessage);
        var message = frame.AsMessage();
        Assert.Equal((id, "hi", 12L), (message.Id, message.Content, message.Seq));
    }

    [Fact]
    public void An_ack_carries_a_seq_but_is_not_part_of_the_stream()
    {
        var frame = Read("""{"message_type":"ack","client_message_id":"c1","id":"0193a000-0000-7000-8000-000000000001","seq":3}""")!;
        Assert.False(frame.IsSequenced);
        var ack = frame.Deserialize<SendAck>();
        Assert.Equal(("c1", 3L), (ack.ClientMessageId, ack.Seq));
    }

    [Fact]
    public void Known_frame_types_are_the_shared_strings()
    {
        var frame = Read("""{"message_type":"pong"}""")!;
        Assert.Same(ChatFrameTypes.Pong, frame.MessageType);
        Assert.False(frame.IsSequenced);
    }

    [Fact]
    public void An_error_frame_reads_with_its_code_and_retry_after()
    {
        var frame = Read("""{"message_type":"error","code":"rate_limited","detail":"slow down","client_message_id":"c9","retry_after_ms":250}""")!;
        var error = frame.Deserialize<ChatError>();
        Assert.Equal(("rate_limited", "c9", 250L), (error.Code, error.ClientMessageId, error.RetryAfterMs!.Value));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"content":"no type"}""")]
    [InlineData("""{"message_type":"text","content":"cut""")]
    public void Bytes_that_are_not_a_frame_read_as_null(string text) => Assert.Null(Read(text));

    [Fact]
    public void Client_frames_are_the_protocol_shapes()
    {
        var session = Guid.NewGuid();
        var send = JsonNode.Parse(ClientFrames.Send(session, "hello", "c1", new ChatSendOptions { Metadata = new JsonObject { ["k"] = "v" } }))!;
        Assert.Equal("text", send["message_type"]!.GetValue<string>());
        Assert.Equal(session.ToString(), send["chat_session_id"]!.GetValue<string>());
        Assert.Equal("hello", send["content"]!.GetValue<string>());
        Assert.Equal("c1", send["client_message_id"]!.GetValue<string>());
        Assert.Equal("v", send["metadata"]!["k"]!.GetValue<string>());

        Assert.Equal("""{"message_type":"typing","is_typing":true}""", Encoding.UTF8.GetString(ClientFrames.Typing(null, true)));
        Assert.Equal("""{"message_type":"read","up_to_seq":4}""", Encoding.UTF8.GetString(ClientFrames.Read(null, 4)));
        Assert.Equal($$"""{"message_type":"subscribe","chat_session_id":"{{session}}","since_seq":7}""", Encoding.UTF8.GetString(ClientFrames.Subscribe(session, 7)));
    }
}
