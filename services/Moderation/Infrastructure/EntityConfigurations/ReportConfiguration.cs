using ChatPlatform.Moderation.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatPlatform.Moderation.Infrastructure.EntityConfigurations;

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> report)
    {
        report.ToTable("reports");
        report.HasKey(r => r.Id);
        report.Property(r => r.Id).ValueGeneratedNever();
        report.Property(r => r.Reason).HasMaxLength(Rules.ReportRules.MaxReasonLength);
        report.Property(r => r.Resolution).HasMaxLength(Rules.ReportRules.MaxReasonLength);
        report.Property(r => r.IdempotencyKey).HasMaxLength(Rules.ReportRules.MaxIdempotencyKeyLength);
        report.Property(r => r.Status).HasMaxLength(16).HasConversion(
            status => status == ReportStatus.Open ? "open" : "resolved",
            value => value == "open" ? ReportStatus.Open : ReportStatus.Resolved);
        report.Property(r => r.Version).IsRowVersion();
        // One report per reporter and message; a retry with the same Idempotency-Key finds the first.
        report.HasIndex(r => new { r.ReporterId, r.MessageId }).IsUnique();
        report.HasIndex(r => new { r.ReporterId, r.IdempotencyKey }).IsUnique().HasFilter("idempotency_key IS NOT NULL");
        report.HasIndex(r => new { r.Status, r.CreatedAt, r.Id }).IsDescending(false, true, true);
        report.HasIndex(r => new { r.CreatedAt, r.Id }).IsDescending();
    }
}
