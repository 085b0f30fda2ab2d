using DutyLists.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DutyLists.Data.Configuration;

internal sealed class RevisionWarningConfiguration : IEntityTypeConfiguration<RevisionWarning>
{
    public void Configure(EntityTypeBuilder<RevisionWarning> builder)
    {
        builder.HasIndex(w => new { w.RevisionId, w.Order });
    }
}
