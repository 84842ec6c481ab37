//! The sentences of the attribution table, by shape. Each is written for these tests
//! in the way wire copy words it; expected speakers use the notation of `main.rs`.

/// (text, speakers of its quotations in order)
pub const CASES: &[(&str, &[&str])] = &[
    // 1. Across a relative clause or an apposition: the subject, not the nearest name.
    (
        "Egyptian intelligence chief Hassan Rashad, who received Hamas negotiator Khalil \
         al-Hayya, Fatah's Azzam al-Ahmad and envoys of ten other factions, said they had \
         agreed to form a \"technocratic committee\" to run Gaza.",
        &["hassan-rashad"],
    ),
    (
        "Rashad, who met Abbas and Haniyeh on Sunday, told reporters the committee would be \
         \"independent of all factions\".",
        &["hassan-rashad"],
    ),
    (
        "Mahmoud al-Aloul, whose delegation arrived after meeting Khalil al-Hayya, said the \
         talks were \"serious and frank\".",
        &["mahmoud-al-aloul"],
    ),
    (
        "\"There is no going back,\" Mashaal, who arrived from Doha with Abu Marzouk on \
         Monday, told reporters.",
        &["khaled-mashaal"],
    ),
    (
        "\"Unity is our choice,\" said Hamas official Izzat Risheq, who led the delegation \
         with Abu Marzouk.",
        &["izzat-risheq"],
    ),
    (
        "Bassem Naim, a top Hamas official, on Sunday said disarmament was \"impossible\".",
        &["bassem-naim"],
    ),
    (
        "Hamas, which rejected Abbas's demand, said its weapons were \"not on the table\".",
        &["hamas"],
    ),
    (
        "Since the deal was signed, Hamas has sent a delegation to Iran, where its deputy \
         leader, Salah al-Aruri, declared the group would fight \"the Zionist regime\".",
        &["salah-al-aruri"],
    ),
    (
        "Egyptian President Mohamed Morsi received Abbas, who said the visit was \"fruitful\".",
        &["mahmoud-abbas"],
    ),
    (
        "Speaking to reporters in Gaza, Haniyeh said the movement was \"ready for elections\".",
        &["ismail-haniyeh"],
    ),
    (
        "Haniyeh met Abbas, who later told reporters \"it went well\".",
        &["mahmoud-abbas"],
    ),
    (
        "Abbas, whom Haniyeh accused of \"betrayal\", said nothing.",
        &["ismail-haniyeh"],
    ),
    (
        "Haniyeh said Abbas had called him a \"traitor\".",
        &["mahmoud-abbas"],
    ),
    (
        "Abbas's office quoted him as saying \"the door is open\".",
        &["mahmoud-abbas"],
    ),
    (
        "Egypt's intelligence chief said Abbas had \"agreed\".",
        &["~Egypt's intelligence chief"],
    ),
    // 2. Captions: the pronoun of a subordinate clause is the main subject.
    (
        "Prime Minister Rami Hamdallah speaks beside a portrait of President Mahmoud Abbas at \
         a cabinet session in which he announced his resignation and called for \"urgent \
         steps\" towards unity.",
        &["rami-hamdallah"],
    ),
    (
        "Hamas leader Ismail Haniyeh gestures next to a poster of Khaled Mashaal during a \
         rally where he vowed to \"never recognise Israel\".",
        &["ismail-haniyeh"],
    ),
    // 3. Reporting verbs beyond said and told.
    (
        "Risheq called the meeting a \"turning point\" and pledged that Hamas would be \"the \
         first to comply\".",
        &["izzat-risheq", "izzat-risheq"],
    ),
    ("Naim dismissed the plan as \"a mirage\".", &["bassem-naim"]),
    (
        "Azzam al-Ahmad urged Hamas to \"seize this chance\" before the deadline.",
        &["azzam-al-ahmad"],
    ),
    (
        "Abbas warned that division was \"a gift to the occupation\".",
        &["mahmoud-abbas"],
    ),
    (
        "Haniyeh vowed Hamas would \"never give up the resistance\".",
        &["ismail-haniyeh"],
    ),
    (
        "Abu Marzouk described the talks as \"positive and deep\".",
        &["moussa-abu-marzouk"],
    ),
    (
        "Islamic Jihad denounced the proposal as \"a trap for the resistance\".",
        &["islamic-jihad"],
    ),
    (
        "Al-Hayya insisted the group's weapons were \"a red line\".",
        &["khalil-al-hayya"],
    ),
    (
        "Hamdallah stressed that the government needed \"full control\" of Gaza.",
        &["rami-hamdallah"],
    ),
    (
        "Egypt hailed the agreement as \"a historic step\".",
        &["egypt"],
    ),
    (
        "Hamas rejected what it called \"blackmail\" by the Palestinian Authority.",
        &["hamas"],
    ),
    (
        "The plan was dismissed as \"a mirage\" by Bassem Naim.",
        &["bassem-naim"],
    ),
    (
        "According to Bassem Naim, the proposal was \"dead on arrival\".",
        &["bassem-naim"],
    ),
    (
        "Naim told AFP that Abbas was \"not serious\" about the talks.",
        &["bassem-naim"],
    ),
    // 4. Continuing quotations.
    (
        "\"We will not give up our weapons,\" Naim said. \"Resistance is a right for every \
         people under occupation.\"",
        &["bassem-naim", "bassem-naim"],
    ),
    (
        "\"The door is open,\" al-Ahmad told reporters, \"but Hamas must hand over the \
         ministries.\"",
        &["azzam-al-ahmad", "azzam-al-ahmad"],
    ),
    (
        "\"We will go to Cairo with open hearts,\" Haniyeh said in a televised speech, adding \
         that Hamas wanted \"a real partnership\".",
        &["ismail-haniyeh", "ismail-haniyeh"],
    ),
    (
        "Bassem Naim spoke after the meeting. \"We are close,\" he said. \"Very close.\"",
        &["bassem-naim", "bassem-naim"],
    ),
    (
        "\"Cairo will invite all factions,\" Rawhi Fattouh told TASS. The date is unknown. \
         \"We are waiting for the invitation,\" he said.",
        &["~Rawhi Fattouh", "~Rawhi Fattouh"],
    ),
    (
        "\"We are waiting,\" Rashad said. He praised the factions for their patience. \"We \
         will succeed,\" he said.",
        &["hassan-rashad", "hassan-rashad"],
    ),
    (
        "\"We hail the new government,\" Gaza media quoted Hamas spokesman, Fawzi Barhoum, as \
         saying.",
        &["~Fawzi Barhoum"],
    ),
    (
        "Hamas also applauded the deal as \"a victory for all Palestinians\".",
        &["hamas"],
    ),
    (
        "Abbas claims \"Israel wants to punish us\" for the deal.",
        &["mahmoud-abbas"],
    ),
    // A definite description stands for the one person of its party just named.
    (
        "Fatah official Azzam al-Ahmad led the delegation. He spoke for an hour. The Fatah \
         official said the deal was \"final\".",
        &["azzam-al-ahmad"],
    ),
    (
        "A Fatah official said Abbas would attend. The Fatah official added that the deal was \
         \"final\".",
        &["~The Fatah official"],
    ),
    (
        "Azzam al-Ahmad arrived on Monday. The talks began. Egypt hosted them. Qatar sent an \
         envoy. The Fatah official said the deal was \"final\".",
        &["~The Fatah official"],
    ),
    (
        "Abbas and al-Ahmad arrived. The Fatah official said \"we agree\".",
        &["~The Fatah official"],
    ),
    // A definite phrase that goes on indefinite names someone new.
    (
        "Hamas official Bassem Naim spoke first. \"We agree,\" the source, a Hamas \
         official, said.",
        &["~the source"],
    ),
    // A bare quotation after a sentence about one person, in the same paragraph.
    (
        "Before leaving for Cairo, Jibril Rajoub was upbeat. \"We are confident we will \
         overcome any obstacles.\"",
        &["~Jibril Rajoub"],
    ),
    (
        "Abbas met Haniyeh in Cairo. \"We are one people with one cause.\"",
        &["term"],
    ),
    (
        "Jibril Rajoub was upbeat.\n\n\"We are confident we will win.\"",
        &["term"],
    ),
    // 5. Surnames and spellings.
    (
        "Fatah official Azzam al-Ahmad led his delegation. Al-Ahmad said the deal was \
         \"final\".",
        &["azzam-al-ahmad"],
    ),
    ("\"We are ready,\" Haniya said.", &["ismail-haniyeh"]),
    (
        "\"We have no conditions,\" said al-Rishq.",
        &["izzat-risheq"],
    ),
    (
        "Mousa Abu Marzook met Abbas. \"We came to end the division,\" Marzook said.",
        &["moussa-abu-marzouk"],
    ),
    (
        "Hamas deputy chief Moussa Abu Marzouk arrived on Tuesday. \"We came to end the \
         division,\" Marzuk said.",
        &["moussa-abu-marzouk"],
    ),
    (
        "\"Today we sign an agreement for national unity,\" Abu Marzuk said after meeting \
         the envoys, according to a Turkish daily.",
        &["moussa-abu-marzouk"],
    ),
    // 6. Bodies and statements.
    (
        "\"The factions agreed to form a committee,\" said a statement by the Popular Front \
         for the Liberation of Palestine.",
        &["pflp"],
    ),
    (
        "An Egyptian statement said the sides had reached \"a full understanding\".",
        &["egypt"],
    ),
    (
        "\"Reconciliation is a strategic choice,\" an Egyptian statement said.",
        &["egypt"],
    ),
    (
        "Hamas said in a statement that the talks were \"positive\".",
        &["hamas"],
    ),
    // Several speakers at once: the first named, under the joint rule.
    (
        "In a joint statement, Hamas and Fatah said they would \"end the division\".",
        &["hamas"],
    ),
    (
        "Although Abbas and Mashaal said they held \"positive\" talks, they failed to agree.",
        &["mahmoud-abbas"],
    ),
    (
        "Earlier this month, PA President and Fatah leader Mahmoud Abbas accused Hamas of \
         running a \"shadow government\" in Gaza.",
        &["mahmoud-abbas"],
    ),
    // A name the knowledge base lacks speaks, and a pronoun can stand for it.
    (
        "Israeli Prime Minister Benjamin Netanyahu condemned the deal. \u{201C}It is peace \
         with Hamas or peace with Israel. You cannot have both,\u{201D} he said.",
        &["~Benjamin Netanyahu"],
    ),
    (
        "Israeli Prime Minister Benjamin Netanyahu spoke on Monday. Netanyahu called the \
         deal \"a great victory for terror\".",
        &["~Benjamin Netanyahu"],
    ),
    (
        "Before leaving for Cairo, Jibril Rajoub told AFP, \"We are heading to Cairo and we \
         are confident",
        &["~Jibril Rajoub"],
    ),
    (
        "According to the Foreign Ministry, China proposed three steps: \u{201C}The first step \
         is a lasting ceasefire in the Gaza Strip.\n\u{201C}The second step is joint \
         governance of Gaza.\n",
        &["~Foreign Ministry", "~Foreign Ministry"],
    ),
    (
        "The Palestinian Authority said it would \"take full control\" of the crossings.",
        &["palestinian-authority"],
    ),
    (
        "MENA said the talks were held under \"Egyptian supervision\".",
        &["mena"],
    ),
    // Unnamed speakers keep their words; a person in them is not the speaker.
    (
        "\"It is over,\" an informed source told AFP.",
        &["~an informed source"],
    ),
    (
        "Abbas's spokesman said the decision was \"irreversible\".",
        &["~Abbas's spokesman"],
    ),
    (
        "A Hamas official close to Haniyeh said the group would \"study the paper\".",
        &["~A Hamas official close to Haniyeh"],
    ),
    (
        "The source, who spoke on condition of anonymity, said the meeting was \"calm\".",
        &["~The source"],
    ),
    (
        "Fatah spokesman Osama Qawasmi said Hamas was \"not ready\".",
        &["~Osama Qawasmi"],
    ),
    (
        "A spokesman for President Mahmoud Abbas said Hamas had agreed to hold elections. \
         \"All points were agreed,\" he said.",
        &["~A spokesman"],
    ),
    (
        "\"No invitations were sent,\" the source said. A source close to Fatah said the \
         movement would wait. He argued that such a meeting \"does not amount to consensus\".",
        &["~the source", "~A source"],
    ),
    (
        "\"A meeting has just started in Cairo,\" a Hamas statement read.",
        &["hamas"],
    ),
    // Negatives: the right answer is nobody.
    (
        "The internal talks \"are not subject to pressure,\" insisting the step was \
         \"temporary\".",
        &["-", "-"],
    ),
    (
        "Abbas and Haniyeh met in Cairo. \"We agreed on everything,\" he said.",
        &["-"],
    ),
    (
        "Hamas and Fatah officials said the deal was \"final\".",
        &["~Hamas and Fatah officials"],
    ),
    (
        "\"We are ready,\" Naim said. The talks were chaired by Hassan Rashad and attended by \
         Abbas. \"We will wait,\" he said.",
        &["bassem-naim", "-"],
    ),
    ("Hamas's claims of \"full control\" were denied.", &["-"]),
    (
        "Abbas or Haniyeh will say \"yes\" first, Egypt hopes.",
        &["-"],
    ),
    ("\"The crossing will open soon,\" according to AFP.", &["-"]),
    // "According to" promises a name after it: a pronoun there is carried from nowhere
    // the rule can show, however clear its antecedent looks.
    (
        "\"We agree,\" Naim said. Gaza was calm. \"We are close,\" according to him.",
        &["bassem-naim", "-"],
    ),
    (
        "\"A deal,\" Naim said. Gaza was positive. Gaza was positive. \"The talks,\" \
         according to he.",
        &["bassem-naim", "-"],
    ),
    ("Hamas met in Cairo. \"We agree,\" according to it.", &["-"]),
    ("\"We reject this,\" he said.", &["-"]),
    ("Cairo says the border will reopen \"within days\".", &["-"]),
    ("The plan was described as \"unrealistic\".", &["-"]),
    (
        "Azzam al-Ahmad, head of the Fatah delegation, and Khalil al-Hayya, who led Hamas's \
         team, said the meeting was \"productive\".",
        &["-"],
    ),
    (
        "The \"technocratic committee\" will have 15 members.",
        &["term"],
    ),
    ("Israel's \"security zone\" was not discussed.", &["term"]),
];
