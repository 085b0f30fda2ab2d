namespace DutyLists.Web.Accounts;

/// <summary>
/// Passwords and password stems that lists of leaked passwords show at the top, in English and pinyin. Only what a
/// 10-character minimum lets through matters: whole passwords of 10 or more characters, and stems that people pad
/// with digits or symbols to reach the length (<c>password12</c>, <c>woaini1314</c>, <c>p@ssw0rd!!</c>).
/// </summary>
internal static class CommonPasswords
{
    /// <summary>Whole passwords, compared in lower case.</summary>
    public static readonly IReadOnlySet<string> Whole = Words("""
        1234567890 0123456789 0987654321 9876543210 1111111111 0000000000 1231231234 1234512345 1234554321 1122334455
        1212121212 1357924680 2468013579 5201314520 1314520520 5211314521 1314521521 5201314000 7758521521 1234567899
        12345678910 123456789a a123456789 a1234567890 123456789q q123456789 1q2w3e4r5t 1q2w3e4r5t6y 1qaz2wsx3edc
        qazwsxedcrfv 1qazxsw23edc zaq12wsxcde qwertyuiop asdfghjkl; asdfghjkl1 zxcvbnm123 zxcvbnm,./ qwerty1234
        qwerty12345 qwerty123456 qwer1234qwer 1234qwerasdf qwertyuiop1 q1w2e3r4t5 q1w2e3r4t5y6 1a2b3c4d5e abc1234567
        abcd123456 abcde12345 abcdefghij abcdefg123 a1b2c3d4e5 aa12345678 aaaaaaaaaa qqqqqqqqqq zzzzzzzzzz
        password12 password123 password1234 password12345 password01 password!! passw0rd12 p@ssw0rd12 p@ssword123
        iloveyou12 iloveyou123 iloveyou1314 woaini1314 woaini520 woaini5201314 woaini123456 woaini1234 aini1314520
        wodemima123 mima123456 mima12345678 qq12345678 qq123456789 qq5201314 asd1234567 asdasdasd1 asdf123456
        admin12345 admin123456 administrator admin@123 root123456 test123456 test1234567 guest12345 user123456
        welcome123 welcome1234 letmein123 changeme123 default123 trustno1234 superman123 batman1234 starwars12
        football12 football123 baseball12 basketball basketball1 soccer1234 princess12 sunshine12 sunshine123
        monkey1234 dragon1234 master1234 shadow1234 michael123 jennifer12 computer12 computer123 internet12
        whatever12 freedom123 charlie123 thomas1234 jordan2323 hunter1234 ranger1234 killer1234 pepper1234
        1qaz2wsx!@ 1qaz@wsx3edc zaq1xsw2cde3 !qaz2wsx 1q2w3e4r!q 1q2w3e4r5t! qwe123qwe123 qweasdzxc1
        qweasdzxc123 1qaz2wsx3e 123qweasdzxc 123qwe123qwe 147258369a 1472583690 3692581470 7894561230 1597534862
        159357159357 147852369a 9638527410 2580258025 zxc123456789 aaa123456789 abc123abc123 a12345678910
        """);

    /// <summary>Stems that are refused whatever digits or symbols pad them, after undoing common letter swaps.</summary>
    public static readonly IReadOnlySet<string> Stems = Words("""
        password passwords passwort passwd pass pwd mima wodemima mimamima secret
        qwerty qwert qwer qwertyu qwertyui qwertyuiop asdf asdfg asdfgh asdfghj asdfghjk asdfghjkl zxcv zxcvb zxcvbn zxcvbnm
        qaz qazwsx qazwsxedc wsx edc qwe qweasd qweasdzxc asd zxc abc abcd abcde abcdef abcdefg abcdefgh abc abcabc
        admin administrator root user guest demo default changeme welcome letmein login system manager
        iloveyou loveyou iloveu love lover loving woaini aini woaiwojia wojia nihao
        dragon monkey master shadow sunshine princess football baseball soccer basketball superman batman spiderman
        starwars pokemon hello hellokitty kitty michael jennifer jordan michelle charlie thomas hunter ranger killer
        freedom whatever trustno computer internet pepper summer winter spring autumn flower flowers angel baby
        cookie chocolate cheese banana orange apple lemon samsung google yahoo facebook linkedin microsoft windows
        china beijing shanghai guangzhou shenzhen zhongguo qq weixin wechat taobao baidu
        wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao
        dutylists dutylist duty duties
        """);

    private static HashSet<string> Words(string text) =>
        text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
}
