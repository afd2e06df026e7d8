using ChatPlatform.Identity.Model;
using ChatPlatform.Identity.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatPlatform.Identity.Infrastructure.EntityConfigurations;

internal sealed class LoginFailureConfiguration : IEntityTypeConfiguration<LoginFailure>
{
    public void Configure(EntityTypeBuilder<LoginFailure> failure)
    {
        failure.ToTable("login_failures");
        failure.HasKey(f => f.Id);
        failure.Property(f => f.Id).ValueGeneratedNever();
        failure.Property(f => f.AccountKey).HasMaxLength(EmailAddress.MaxLength);
        failure.Property(f => f.ClientAddress).HasMaxLength(64);
        failure.HasIndex(f => new { f.AccountKey, f.OccurredAt }).HasDatabaseName("ix_login_failures_account");
        failure.HasIndex(f => new { f.ClientAddress, f.OccurredAt }).HasDatabaseName("ix_login_failures_address");
    }
}
