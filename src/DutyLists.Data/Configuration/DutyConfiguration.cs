using DutyLists.Data.Model;
using DutyLists.Import.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DutyLists.Data.Configuration;

internal sealed class DutyConfiguration : IEntityTypeConfiguration<Duty>
{
    public void Configure(EntityTypeBuilder<Duty> builder)
    {
        // One table for the three kinds: most queries (search, facets, a township's lists) span all of them.
        builder.HasDiscriminator(d => d.Kind)
            .HasValue<BasicDuty>(DutyKind.Basic)
            .HasValue<CooperativeDuty>(DutyKind.Cooperative)
            .HasValue<ReclaimedDuty>(DutyKind.Reclaimed);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(d => new { d.RevisionId, d.Kind, d.Number }).IsUnique();
        // With the revision after the category, a township's list filtered by category is read by both; on the category
        // alone, SQLite would read every township's duties of that category to find one township's.
        builder.HasIndex(d => new { d.CategoryId, d.RevisionId });
        builder.HasOne(d => d.Category).WithMany().HasForeignKey(d => d.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CooperativeDutyConfiguration : IEntityTypeConfiguration<CooperativeDuty>
{
    public void Configure(EntityTypeBuilder<CooperativeDuty> builder)
    {
        builder.HasMany(d => d.Departments).WithOne().HasForeignKey(d => d.DutyId);
        builder.HasMany(d => d.Responsibilities).WithOne().HasForeignKey(r => r.DutyId);
    }
}

internal sealed class ReclaimedDutyConfiguration : IEntityTypeConfiguration<ReclaimedDuty>
{
    public void Configure(EntityTypeBuilder<ReclaimedDuty> builder) =>
        builder.HasMany(d => d.Takeovers).WithOne().HasForeignKey(t => t.DutyId);
}

internal sealed class ResponsibilityEntryConfiguration : IEntityTypeConfiguration<ResponsibilityEntry>
{
    public void Configure(EntityTypeBuilder<ResponsibilityEntry> builder)
    {
        builder.Property(r => r.Part).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => new { r.DutyId, r.Part, r.Order }).IsUnique();
    }
}

internal sealed class DutyDepartmentConfiguration : IEntityTypeConfiguration<DutyDepartment>
{
    public void Configure(EntityTypeBuilder<DutyDepartment> builder)
    {
        builder.HasKey(d => new { d.DutyId, d.Order });
        builder.HasIndex(d => d.DepartmentId);
        builder.HasOne(d => d.Department).WithMany().HasForeignKey(d => d.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TakeoverConfiguration : IEntityTypeConfiguration<TakeoverEntry>
{
    public void Configure(EntityTypeBuilder<TakeoverEntry> builder)
    {
        builder.HasIndex(t => new { t.DutyId, t.Order }).IsUnique();
        builder.HasIndex(t => t.DepartmentId);
        builder.HasOne(t => t.Department).WithMany().HasForeignKey(t => t.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
