using DutyLists.Data.Model;
using DutyLists.Import.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DutyLists.Data.Configuration;

internal sealed class ListRevisionConfiguration : IEntityTypeConfiguration<ListRevision>
{
    public void Configure(EntityTypeBuilder<ListRevision> builder)
    {
        builder.ToTable("Revisions");
        builder.Property(r => r.Sha256).HasMaxLength(64);
        builder.Property(r => r.Layout).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Lists).HasConversion(KindsToText(), Kinds()).HasMaxLength(50);
        builder.Property(r => r.CarriedOverLists).HasConversion(KindsToText(), Kinds()).HasMaxLength(50);
        builder.Property(r => r.Origin).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<ListRevision>().WithMany().HasForeignKey(r => r.BasedOnRevisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.TownshipId, r.Number }).IsUnique();
        builder.HasMany(r => r.Duties).WithOne(d => d.Revision).HasForeignKey(d => d.RevisionId);
        builder.HasMany(r => r.Warnings).WithOne().HasForeignKey(w => w.RevisionId);
    }

    /// <summary>A list of lists as one column: <c>Basic,Reclaimed</c>.</summary>
    private static ValueConverter<List<DutyKind>, string> KindsToText() => new(
        kinds => string.Join(',', kinds),
        text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<DutyKind>).ToList());

    private static ValueComparer<List<DutyKind>> Kinds() =>
        new((a, b) => a!.SequenceEqual(b!), k => k.Aggregate(0, (h, v) => HashCode.Combine(h, v)), k => k.ToList());
}
