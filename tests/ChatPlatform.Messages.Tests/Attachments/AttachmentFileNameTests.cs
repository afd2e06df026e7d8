using ChatPlatform.Messages.Rules;

namespace ChatPlatform.Messages.Tests.Attachments;

public sealed class AttachmentFileNameTests
{
    [Theory]
    [InlineData("report.pdf", "report.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\me\\photo.png", "photo.png")]
    [InlineData("  spaced name.txt  ", "spaced name.txt")]
    [InlineData("bad\r\nname\0.txt", "badname.txt")]
    [InlineData(".env", ".env")]
    [InlineData("..", "file")]
    [InlineData("", "file")]
    [InlineData(null, "file")]
    [InlineData("résumé 😀.docx", "résumé 😀.docx")]
    public void A_declared_name_loses_its_path_and_control_characters(string? declared, string expected) =>
        Assert.Equal(expected, AttachmentFileName.Clean(declared));

    [Fact]
    public void A_long_name_is_cut_without_splitting_a_character()
    {
        var cleaned = AttachmentFileName.Clean(new string('a', 254) + "😀😀");
        Assert.Equal(254, cleaned.Length);
        Assert.Equal(new string('a', 254), cleaned);
    }
}
