using DutyLists.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DutyLists.Data.Configuration;

internal sealed class TownshipConfiguration : IEntityTypeConfiguration<Township>
{
    public void Configure(EntityTypeBuilder<Township> builder)
    {
        builder.HasIndex(t => new { t.Name, t.County }).IsUnique();
        builder.HasMany(t => t.Revisions).WithOne(r => r.Township).HasForeignKey(r => r.TownshipId);
        builder.HasOne(t => t.CurrentRevision).WithMany().HasForeignKey(t => t.CurrentRevisionId)
            .OnDelete(DeleteBehavior.Restrict);
        // Two imports (or an import and a rollback) for one township at once: the second to save finds the pointer
        // moved and fails, rather than silently replacing the first.
        builder.Property(t => t.CurrentRevisionId).IsConcurrencyToken();
    }
}
