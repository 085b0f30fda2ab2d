using DutyLists.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DutyLists.Data.Configuration;

internal sealed class ListsVersionConfiguration : IEntityTypeConfiguration<ListsVersion>
{
    public void Configure(EntityTypeBuilder<ListsVersion> builder)
    {
        builder.ToTable("ListsVersion");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasData(new ListsVersion { Id = ListsVersion.RowId, Value = 1 });
    }
}
