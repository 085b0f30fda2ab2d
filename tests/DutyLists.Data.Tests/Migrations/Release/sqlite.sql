-- The schema of a database made by release 72ee6a6 (schema version 3) on SQLite: its sqlite_master, less SQLite's own
-- tables and FTS5's shadow tables, which creating the virtual table makes again.
CREATE TABLE "AuditLog" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditLog" PRIMARY KEY AUTOINCREMENT,
    "AtUtc" TEXT NOT NULL,
    "User" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "TownshipId" INTEGER NULL,
    "RevisionId" INTEGER NULL,
    "Summary" TEXT NOT NULL
);
CREATE TABLE "Categories" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Categories" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL
);
CREATE TABLE "DepartmentNameRules" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DepartmentNameRules" PRIMARY KEY AUTOINCREMENT,
    "Alias" TEXT NOT NULL,
    "Canonical" TEXT NOT NULL
);
CREATE TABLE "Departments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Departments" PRIMARY KEY AUTOINCREMENT,
    "County" TEXT NOT NULL,
    "Name" TEXT NOT NULL
);
CREATE TABLE "SchemaInfo" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SchemaInfo" PRIMARY KEY,
    "Version" INTEGER NOT NULL
);
CREATE TABLE "StagedImports" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_StagedImports" PRIMARY KEY,
    "FileName" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "MetadataJson" TEXT NULL,
    "NewTownshipConfirmed" INTEGER NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    "UploadedAtUtc" TEXT NOT NULL
);
CREATE TABLE "CategoryAliases" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CategoryAliases" PRIMARY KEY AUTOINCREMENT,
    "CategoryId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    CONSTRAINT "FK_CategoryAliases_Categories_CategoryId" FOREIGN KEY ("CategoryId") REFERENCES "Categories" ("Id") ON DELETE CASCADE
);
CREATE TABLE "DepartmentAliases" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DepartmentAliases" PRIMARY KEY AUTOINCREMENT,
    "DepartmentId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    CONSTRAINT "FK_DepartmentAliases_Departments_DepartmentId" FOREIGN KEY ("DepartmentId") REFERENCES "Departments" ("Id") ON DELETE CASCADE
);
CREATE TABLE "Duties" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Duties" PRIMARY KEY AUTOINCREMENT,
    "RevisionId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "CategoryId" INTEGER NOT NULL,
    "CategoryAsWritten" TEXT NULL,
    "Name" TEXT NOT NULL,
    "SourceLine" INTEGER NOT NULL,
    "Confidence" REAL NOT NULL,
    "ReviewReason" TEXT NULL,
    "SourceText" TEXT NULL,
    "SearchText" TEXT NOT NULL,
    "NormalizedName" TEXT NOT NULL,
    "OtherDepartments" TEXT NULL,
    "Discontinued" INTEGER NULL,
    "TakeoverText" TEXT NULL,
    CONSTRAINT "FK_Duties_Categories_CategoryId" FOREIGN KEY ("CategoryId") REFERENCES "Categories" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Duties_Revisions_RevisionId" FOREIGN KEY ("RevisionId") REFERENCES "Revisions" ("Id") ON DELETE CASCADE
);
CREATE TABLE "DutyDepartments" (
    "DutyId" INTEGER NOT NULL,
    "Order" INTEGER NOT NULL,
    "DepartmentId" INTEGER NOT NULL,
    "NameAsWritten" TEXT NULL,
    CONSTRAINT "PK_DutyDepartments" PRIMARY KEY ("DutyId", "Order"),
    CONSTRAINT "FK_DutyDepartments_Departments_DepartmentId" FOREIGN KEY ("DepartmentId") REFERENCES "Departments" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_DutyDepartments_Duties_DutyId" FOREIGN KEY ("DutyId") REFERENCES "Duties" ("Id") ON DELETE CASCADE
);
CREATE TABLE "Responsibilities" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Responsibilities" PRIMARY KEY AUTOINCREMENT,
    "DutyId" INTEGER NOT NULL,
    "Part" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    "Number" TEXT NULL,
    "Text" TEXT NOT NULL,
    "IsHeading" INTEGER NOT NULL,
    CONSTRAINT "FK_Responsibilities_Duties_DutyId" FOREIGN KEY ("DutyId") REFERENCES "Duties" ("Id") ON DELETE CASCADE
);
CREATE TABLE "Takeovers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Takeovers" PRIMARY KEY AUTOINCREMENT,
    "DutyId" INTEGER NOT NULL,
    "Order" INTEGER NOT NULL,
    "DepartmentId" INTEGER NULL,
    "Method" TEXT NOT NULL,
    CONSTRAINT "FK_Takeovers_Departments_DepartmentId" FOREIGN KEY ("DepartmentId") REFERENCES "Departments" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Takeovers_Duties_DutyId" FOREIGN KEY ("DutyId") REFERENCES "Duties" ("Id") ON DELETE CASCADE
);
CREATE TABLE "Revisions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Revisions" PRIMARY KEY AUTOINCREMENT,
    "TownshipId" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "ImportedAtUtc" TEXT NOT NULL,
    "ImportedBy" TEXT NULL,
    "DocumentDate" TEXT NULL,
    "Layout" TEXT NOT NULL,
    "Introduction" TEXT NULL,
    "Lists" TEXT NOT NULL,
    "Origin" TEXT NOT NULL,
    "BasedOnRevisionId" INTEGER NULL,
    "Note" TEXT NULL,
    CONSTRAINT "FK_Revisions_Revisions_BasedOnRevisionId" FOREIGN KEY ("BasedOnRevisionId") REFERENCES "Revisions" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Revisions_Townships_TownshipId" FOREIGN KEY ("TownshipId") REFERENCES "Townships" ("Id") ON DELETE CASCADE
);
CREATE TABLE "RevisionWarnings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RevisionWarnings" PRIMARY KEY AUTOINCREMENT,
    "RevisionId" INTEGER NOT NULL,
    "Order" INTEGER NOT NULL,
    "File" TEXT NOT NULL,
    "Line" INTEGER NOT NULL,
    "Message" TEXT NOT NULL,
    CONSTRAINT "FK_RevisionWarnings_Revisions_RevisionId" FOREIGN KEY ("RevisionId") REFERENCES "Revisions" ("Id") ON DELETE CASCADE
);
CREATE TABLE "Townships" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Townships" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Level" TEXT NULL,
    "County" TEXT NULL,
    "Prefecture" TEXT NULL,
    "Region" TEXT NULL,
    "CurrentRevisionId" INTEGER NULL,
    CONSTRAINT "FK_Townships_Revisions_CurrentRevisionId" FOREIGN KEY ("CurrentRevisionId") REFERENCES "Revisions" ("Id") ON DELETE RESTRICT
);
CREATE INDEX "IX_AuditLog_TownshipId" ON "AuditLog" ("TownshipId");
CREATE INDEX "IX_AuditLog_User" ON "AuditLog" ("User");
CREATE UNIQUE INDEX "IX_Categories_Name" ON "Categories" ("Name");
CREATE INDEX "IX_CategoryAliases_CategoryId" ON "CategoryAliases" ("CategoryId");
CREATE UNIQUE INDEX "IX_CategoryAliases_Name" ON "CategoryAliases" ("Name");
CREATE UNIQUE INDEX "IX_DepartmentAliases_DepartmentId_Name" ON "DepartmentAliases" ("DepartmentId", "Name");
CREATE UNIQUE INDEX "IX_DepartmentNameRules_Alias" ON "DepartmentNameRules" ("Alias");
CREATE UNIQUE INDEX "IX_Departments_County_Name" ON "Departments" ("County", "Name");
CREATE INDEX "IX_Duties_CategoryId_RevisionId" ON "Duties" ("CategoryId", "RevisionId");
CREATE UNIQUE INDEX "IX_Duties_RevisionId_Kind_Number" ON "Duties" ("RevisionId", "Kind", "Number");
CREATE INDEX "IX_DutyDepartments_DepartmentId" ON "DutyDepartments" ("DepartmentId");
CREATE UNIQUE INDEX "IX_Responsibilities_DutyId_Part_Order" ON "Responsibilities" ("DutyId", "Part", "Order");
CREATE INDEX "IX_Revisions_BasedOnRevisionId" ON "Revisions" ("BasedOnRevisionId");
CREATE UNIQUE INDEX "IX_Revisions_TownshipId_Number" ON "Revisions" ("TownshipId", "Number");
CREATE INDEX "IX_RevisionWarnings_RevisionId_Order" ON "RevisionWarnings" ("RevisionId", "Order");
CREATE INDEX "IX_StagedImports_UploadedAtUtc" ON "StagedImports" ("UploadedAtUtc");
CREATE INDEX "IX_Takeovers_DepartmentId" ON "Takeovers" ("DepartmentId");
CREATE UNIQUE INDEX "IX_Takeovers_DutyId_Order" ON "Takeovers" ("DutyId", "Order");
CREATE INDEX "IX_Townships_CurrentRevisionId" ON "Townships" ("CurrentRevisionId");
CREATE UNIQUE INDEX "IX_Townships_Name_County" ON "Townships" ("Name", "County");
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);
CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);
CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);
CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);
CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");
CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");
CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");
CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");
CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");
CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");
CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");
CREATE VIRTUAL TABLE DutyGrams USING fts5(Keys, content='', detail='none', tokenize='ascii');
CREATE TRIGGER Duties_ai_DutyGrams AFTER INSERT ON Duties BEGIN
    INSERT INTO DutyGrams(rowid, Keys) VALUES (new.Id, dutylists_grams(new.SearchText));
END;
