namespace DutyLists.Data;

/// <summary>
/// A change was prepared against a township's current revision, but another import, correction or rollback made a
/// different revision current in the meantime. Nothing was stored; the user should look again and retry. Only a lost
/// race is a conflict (<see cref="DatabaseErrors.IsConflict"/>); other refusals are <see cref="ListNotSavedException"/>.
/// </summary>
public sealed class RevisionConflictException(string message) : Exception(message);
