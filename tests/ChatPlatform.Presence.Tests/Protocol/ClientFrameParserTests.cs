using System.Text;
using ChatPlatform.Presence.Protocol;

namespace ChatPlatform.Presence.Tests.Protocol;

public sealed class ClientFrameParserTests
{
    private static FrameParseResult Parse(string json) => ClientFrameParser.Parse(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void The_seed_clients_text_frame_is_a_send_without_client_message_id()
    {
        var frame = Assert.IsType<SendFrame>(Parse("""{"message_type":"text","content":"Hello!"}""").Frame);

        Assert.Equal("text", frame.MessageType);
        Assert.Equal("Hello!", frame.Content);
        Assert.Null(frame.ClientMessageId);
        Assert.Null(frame.ChatSessionId);
    }

    [Fact]
    public void A_full_send_frame_keeps_every_field()
    {
        var session = Guid.NewGuid();
        var reply = Guid.NewGuid();
        var attachment = Guid.NewGuid();
        var json = $$"""
            {"message_type":"image","content":"look","client_message_id":"c-1","chat_session_id":"{{session}}",
             "metadata":{"a":[1,2]},"reply_to_id":"{{reply}}","attachment_ids":["{{attachment}}"],"unknown":true}
            """;

        var frame = Assert.IsType<SendFrame>(Parse(json).Frame);

        Assert.Equal("image", frame.MessageType);
        Assert.Equal("c-1", frame.ClientMessageId);
        Assert.Equal(session, frame.ChatSessionId);
        Assert.Equal("""{"a":[1,2]}""", frame.MetadataJson);
        Assert.Equal(reply, frame.ReplyToId);
        Assert.Equal([attachment], frame.AttachmentIds);
    }

    [Theory]
    [InlineData("{not json", "The frame is not valid JSON.")]
    [InlineData("", "The frame is not valid JSON.")]
    [InlineData("[1,2]", "The frame must be a JSON object.")]
    [InlineData("{}", "message_type is required.")]
    [InlineData("""{"message_type":7}""", "message_type is required.")]
    [InlineData("""{"message_type":"shout"}""", "Unknown message_type 'shout'.")]
    [InlineData("""{"message_type":"system","content":"x"}""", "Unknown message_type 'system'.")]
    [InlineData("""{"message_type":"text"}""", "content is required and must be a string.")]
    [InlineData("""{"message_type":"text","content":42}""", "content is required and must be a string.")]
    [InlineData("""{"message_type":"text","content":"   "}""", "content must not be empty.")]
    [InlineData("""{"message_type":"text","content":"x","metadata":[1]}""", "metadata must be an object.")]
    [InlineData("""{"message_type":"text","content":"x","reply_to_id":"nope"}""", "reply_to_id must be a UUID.")]
    [InlineData("""{"message_type":"text","content":"x","attachment_ids":["nope"]}""", "attachment_ids must be an array of UUIDs.")]
    [InlineData("""{"message_type":"text","content":"x","chat_session_id":"nope"}""", "chat_session_id must be a UUID.")]
    [InlineData("""{"message_type":"read"}""", "up_to_seq is required.")]
    [InlineData("""{"message_type":"read","up_to_seq":-1}""", "up_to_seq must be a non-negative integer.")]
    [InlineData("""{"message_type":"read","up_to_seq":1.5}""", "up_to_seq must be a non-negative integer.")]
    [InlineData("""{"message_type":"typing","is_typing":"yes"}""", "is_typing must be true or false.")]
    [InlineData("""{"message_type":"subscribe","since_seq":"3"}""", "since_seq must be a non-negative integer.")]
    [InlineData("""{"message_type":"presence","status":"offline"}""", "status must be \"online\" or \"away\".")]
    public void Invalid_frames_say_what_is_wrong(string json, string error)
    {
        var result = Parse(json);

        Assert.Null(result.Frame);
        Assert.Equal(error, result.Error);
    }

    [Fact]
    public void An_invalid_send_keeps_its_client_message_id_for_the_error_frame()
    {
        var result = Parse("""{"message_type":"text","client_message_id":"c-9"}""");

        Assert.Null(result.Frame);
        Assert.Equal("c-9", result.ClientMessageId);
    }

    [Fact]
    public void Control_frames_parse()
    {
        var session = Guid.NewGuid();

        Assert.IsType<PingFrame>(Parse("""{"message_type":"ping"}""").Frame);
        Assert.True(Assert.IsType<TypingFrame>(Parse("""{"message_type":"typing","is_typing":true}""").Frame).IsTyping);
        Assert.False(Assert.IsType<TypingFrame>(Parse("""{"message_type":"typing","is_typing":false}""").Frame).IsTyping);
        Assert.Equal(12, Assert.IsType<ReadFrame>(Parse("""{"message_type":"read","up_to_seq":12}""").Frame).UpToSeq);
        var subscribe = Assert.IsType<SubscribeFrame>(Parse($$"""{"message_type":"subscribe","chat_session_id":"{{session}}","since_seq":5}""").Frame);
        Assert.Equal((session, 5L), (subscribe.ChatSessionId!.Value, subscribe.SinceSeq!.Value));
        Assert.Null(Assert.IsType<SubscribeFrame>(Parse($$"""{"message_type":"subscribe","chat_session_id":"{{session}}"}""").Frame).SinceSeq);
        Assert.Equal(session, Assert.IsType<UnsubscribeFrame>(Parse($$"""{"message_type":"unsubscribe","chat_session_id":"{{session}}"}""").Frame).ChatSessionId);
        Assert.Equal("away", Assert.IsType<PresenceStatusFrame>(Parse("""{"message_type":"presence","status":"away"}""").Frame).Status);
    }
}
