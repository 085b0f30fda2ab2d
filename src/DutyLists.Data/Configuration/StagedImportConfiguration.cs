using DutyLists.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DutyLists.Data.Configuration;

internal sealed class StagedImportConfiguration : IEntityTypeConfiguration<StagedImport>
{
    public void Configure(EntityTypeBuilder<StagedImport> builder)
    {
        builder.ToTable("StagedImports");
        builder.Property(s => s.FileName).HasMaxLength(260);
        builder.Property(s => s.UploadedBy).HasMaxLength(256);
        builder.HasIndex(s => s.UploadedAtUtc);
    }
}

internal sealed class SchemaInfoConfiguration : IEntityTypeConfiguration<SchemaInfo>
{
    public void Configure(EntityTypeBuilder<SchemaInfo> builder)
    {
        builder.ToTable("SchemaInfo");
        builder.Property(s => s.Id).ValueGeneratedNever();
    }
}
