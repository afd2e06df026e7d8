using ChatPlatform.Contracts;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Rules;

namespace ChatPlatform.Messages.Tests.Attachments;

public sealed class AttachmentMessageRulesTests
{
    private static MessageAttachment Of(string contentType) =>
        new(Guid.NewGuid(), "f", contentType, 1, new string('0', 64), "/api/v1/chat/attachments/x");

    [Fact]
    public void An_image_message_needs_an_image_among_its_attachments()
    {
        Assert.NotNull(AttachmentMessageRules.Check("image", [Of("application/pdf")]));
        Assert.Null(AttachmentMessageRules.Check("image", [Of("application/pdf"), Of("image/png")]));
    }

    [Fact]
    public void File_and_text_messages_take_any_attachment()
    {
        Assert.Null(AttachmentMessageRules.Check("file", [Of("application/pdf")]));
        Assert.Null(AttachmentMessageRules.Check("file", [Of("image/jpeg")]));
        Assert.Null(AttachmentMessageRules.Check("text", [Of("text/plain")]));
    }

    [Fact]
    public void Stored_descriptions_round_trip_as_snake_case_json()
    {
        var attachments = new[] { Of("image/png") };

        var json = AttachmentMapping.ToJson(attachments);

        Assert.Contains("\"file_name\":\"f\"", json);
        Assert.Equal(attachments, AttachmentMapping.FromJson(json));
        Assert.Empty(AttachmentMapping.FromJson("[]"));
        Assert.Equal("[]", AttachmentMapping.ToJson(null));
    }
}
