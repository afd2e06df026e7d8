using ChatPlatform.Messages.Rules;

namespace ChatPlatform.Messages.Tests.Attachments;

public sealed class AttachmentContentTypesTests
{
    [Theory]
    [InlineData("image/png", "image/png")]
    [InlineData("Image/PNG", "image/png")]
    [InlineData("text/plain; charset=utf-8", "text/plain")]
    [InlineData(null, "application/octet-stream")]
    [InlineData("  ", "application/octet-stream")]
    [InlineData("not a type", null)]
    [InlineData("image/*", null)]
    public void A_declared_type_is_reduced_to_its_lower_case_media_type(string? declared, string? expected) =>
        Assert.Equal(expected, AttachmentContentTypes.Normalise(declared));

    [Theory]
    [InlineData("image/png")]
    [InlineData("image/jpeg")]
    [InlineData("application/pdf")]
    [InlineData("text/plain")]
    [InlineData("application/zip")]
    [InlineData("application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("application/octet-stream")]
    public void Documents_images_archives_and_octet_stream_are_allowed(string type) =>
        Assert.True(AttachmentContentTypes.IsAllowed(type));

    [Theory]
    [InlineData("text/html")]
    [InlineData("image/svg+xml")]
    [InlineData("application/javascript")]
    [InlineData("text/javascript")]
    [InlineData("application/x-msdownload")]
    [InlineData("application/xhtml+xml")]
    public void Types_a_browser_would_run_are_refused(string type) =>
        Assert.False(AttachmentContentTypes.IsAllowed(type));

    [Fact]
    public void Only_signature_checked_types_count_as_images()
    {
        Assert.All(AttachmentContentTypes.Images, type => Assert.True(AttachmentContentTypes.IsAllowed(type)));
        Assert.True(AttachmentContentTypes.IsImage("image/webp"));
        Assert.False(AttachmentContentTypes.IsImage("application/pdf"));
    }
}
