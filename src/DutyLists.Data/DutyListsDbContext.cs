using DutyLists.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace DutyLists.Data;

/// <summary>The duty-list database: townships, their immutable list revisions, duties, categories and departments.</summary>
public class DutyListsDbContext(DbContextOptions<DutyListsDbContext> options) : DbContext(options)
{
    public DbSet<Township> Townships => Set<Township>();

    public DbSet<ListRevision> Revisions => Set<ListRevision>();

    public DbSet<RevisionWarning> RevisionWarnings => Set<RevisionWarning>();

    public DbSet<Duty> Duties => Set<Duty>();

    public DbSet<ResponsibilityEntry> Responsibilities => Set<ResponsibilityEntry>();

    public DbSet<DutyDepartment> DutyDepartments => Set<DutyDepartment>();

    public DbSet<TakeoverEntry> Takeovers => Set<TakeoverEntry>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<CategoryAlias> CategoryAliases => Set<CategoryAlias>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<DepartmentAlias> DepartmentAliases => Set<DepartmentAlias>();

    public DbSet<DepartmentNameRule> DepartmentNameRules => Set<DepartmentNameRule>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<StagedImport> StagedImports => Set<StagedImport>();

    public DbSet<ListsVersion> ListsVersion => Set<ListsVersion>();

    /// <summary>
    /// Texts that come from a document or a person have no length limit: SQLite enforces none, so a limit would hold on
    /// PostgreSQL only and refuse there what SQLite stores. Only values this code writes from a fixed set are bounded.
    /// </summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DutyListsDbContext).Assembly);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RevisionImmutability.Enforce(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RevisionImmutability.Enforce(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
