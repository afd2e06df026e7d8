using ChatPlatform.Sessions.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatPlatform.Sessions.Infrastructure.EntityConfigurations;

internal sealed class AgentPresenceReportConfiguration : IEntityTypeConfiguration<AgentPresenceReport>
{
    public void Configure(EntityTypeBuilder<AgentPresenceReport> report)
    {
        report.ToTable("agent_presence");
        report.HasKey(r => r.ReplicaId);
        report.Property(r => r.ReplicaId).HasColumnName("replica_id").HasMaxLength(200);
        report.Property(r => r.AgentIds).HasColumnName("agent_ids");
        report.Property(r => r.ReportedAt).HasColumnName("reported_at");
    }
}
