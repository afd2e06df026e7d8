using ChatPlatform.Moderation.Model;
using ChatPlatform.Moderation.Rules;

namespace ChatPlatform.Moderation.Tests.Rules;

public sealed class ReportRulesTests
{
    [Fact]
    public void A_reason_is_trimmed_and_must_have_1_to_1000_characters()
    {
        var message = Guid.CreateVersion7();
        Assert.True(ReportRules.TryCreate(message, "  spam  ", out _, out var reason, out _));
        Assert.Equal("spam", reason);
        Assert.True(ReportRules.TryCreate(message, new string('x', 1000), out _, out _, out _));

        Assert.False(ReportRules.TryCreate(message, new string('x', 1001), out _, out _, out var errors));
        Assert.Contains("reason", errors.Keys);
        Assert.False(ReportRules.TryCreate(message, "   ", out _, out _, out errors));
        Assert.Contains("reason", errors.Keys);
        Assert.False(ReportRules.TryCreate(message, null, out _, out _, out _));
    }

    [Fact]
    public void A_report_needs_a_message_id()
    {
        Assert.False(ReportRules.TryCreate(null, "spam", out _, out _, out var errors));
        Assert.Equal(["message_id"], errors.Keys);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("open", ReportStatus.Open)]
    [InlineData("RESOLVED", ReportStatus.Resolved)]
    public void The_status_filter_reads_open_and_resolved(string? value, ReportStatus? expected)
    {
        Assert.True(ReportRules.TryParseStatus(value, out var status));
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("closed")]
    [InlineData("0")]
    [InlineData("open,resolved")]
    public void Other_statuses_are_refused(string value) => Assert.False(ReportRules.TryParseStatus(value, out _));

    [Fact]
    public void A_report_is_resolved_once_and_the_first_resolution_stands()
    {
        var report = new Report { Id = Guid.CreateVersion7(), Reason = "spam", MessageContent = "buy now" };
        var first = Guid.CreateVersion7();
        var at = DateTimeOffset.UnixEpoch.AddDays(1);

        Assert.True(report.Resolve(first, "removed", at));
        Assert.False(report.Resolve(Guid.CreateVersion7(), "again", at.AddHours(1)));

        Assert.Equal((ReportStatus.Resolved, first, "removed", at), (report.Status, report.ResolvedBy, report.Resolution, report.ResolvedAt));
    }

    [Fact]
    public void A_resolution_note_is_optional_and_at_most_1000_characters()
    {
        Assert.True(ReportRules.TryGetResolution("  ", out var none, out _));
        Assert.Null(none);
        Assert.False(ReportRules.TryGetResolution(new string('x', 1001), out _, out var errors));
        Assert.Contains("resolution", errors.Keys);
    }
}
