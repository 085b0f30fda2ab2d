using DutyLists.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DutyLists.Data.Configuration;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.Property(d => d.County).HasMaxLength(100);
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.HasIndex(d => new { d.County, d.Name }).IsUnique();
        builder.HasMany(d => d.Aliases).WithOne().HasForeignKey(a => a.DepartmentId);
    }
}

internal sealed class DepartmentAliasConfiguration : IEntityTypeConfiguration<DepartmentAlias>
{
    public void Configure(EntityTypeBuilder<DepartmentAlias> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.HasIndex(a => new { a.DepartmentId, a.Name }).IsUnique();
    }
}

internal sealed class DepartmentNameRuleConfiguration : IEntityTypeConfiguration<DepartmentNameRule>
{
    public void Configure(EntityTypeBuilder<DepartmentNameRule> builder)
    {
        builder.Property(r => r.Alias).HasMaxLength(200);
        builder.Property(r => r.Canonical).HasMaxLength(200);
        builder.HasIndex(r => r.Alias).IsUnique();
    }
}

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(50);
        builder.HasIndex(c => c.Name).IsUnique();
        builder.HasMany(c => c.Aliases).WithOne().HasForeignKey(a => a.CategoryId);
    }
}

internal sealed class CategoryAliasConfiguration : IEntityTypeConfiguration<CategoryAlias>
{
    public void Configure(EntityTypeBuilder<CategoryAlias> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(50);
        builder.HasIndex(a => a.Name).IsUnique();
    }
}
