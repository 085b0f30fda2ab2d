using DutyLists.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DutyLists.Data.Configuration;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.HasIndex(d => new { d.County, d.Name }).IsUnique();
        builder.HasMany(d => d.Aliases).WithOne().HasForeignKey(a => a.DepartmentId);
    }
}

internal sealed class DepartmentAliasConfiguration : IEntityTypeConfiguration<DepartmentAlias>
{
    public void Configure(EntityTypeBuilder<DepartmentAlias> builder)
    {
        builder.HasIndex(a => new { a.DepartmentId, a.Name }).IsUnique();
    }
}

internal sealed class DepartmentNameRuleConfiguration : IEntityTypeConfiguration<DepartmentNameRule>
{
    public void Configure(EntityTypeBuilder<DepartmentNameRule> builder)
    {
        builder.HasIndex(r => r.Alias).IsUnique();
    }
}

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.HasIndex(c => c.Name).IsUnique();
        builder.HasMany(c => c.Aliases).WithOne().HasForeignKey(a => a.CategoryId);
    }
}

internal sealed class CategoryAliasConfiguration : IEntityTypeConfiguration<CategoryAlias>
{
    public void Configure(EntityTypeBuilder<CategoryAlias> builder)
    {
        builder.HasIndex(a => a.Name).IsUnique();
    }
}
