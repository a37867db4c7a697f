// The grammar of QDL, the Qualification Definition Language.
//
// A QDL file declares a qualification, its units, groups, grading scales, rules of combination and
// grading, in words an awarding body's author can read:
//
//     qualification svq-customer-service-scqf5 "SVQ in Customer Service at SCQF Level 5" {
//       framework SCQF
//       level 5
//       rules {
//         at least 7 units in total
//         all units from group A
//         1 unit from group B
//         1 further unit from any of groups B, C, D and E
//       }
//     }
//
// Design rules: no actions, labelled alternatives, reserved lowercase keywords, and every decision
// resolvable by SLL prediction (the front end parses with SLL first and only falls back to LL to
// report errors). What a construct means, and where it may appear, is the checker's business:
// attributes share one rule so that a misplaced one gets a helpful message instead of a syntax error.
grammar Qdl;

// ---------------------------------------------------------------------------------------------
// Files

spec
    : importDecl* topDecl* EOF
    ;

importDecl
    : IMPORT path=STRING
    ;

topDecl
    : qualificationDecl
    | unitEntry
    | groupDecl
    | scaleDecl
    | frameworkDecl
    ;

// ---------------------------------------------------------------------------------------------
// The qualification

qualificationDecl
    : QUALIFICATION name title=STRING? LBRACE qualificationMember* RBRACE
    ;

qualificationMember
    : attribute
    | unitEntry
    | groupDecl
    | scaleDecl
    | rulesBlock
    | pathwayDecl
    | gradingBlock
    | requiresDecl
    | attemptsBlock
    ;

// What a learner must hold beside this qualification's units. `requires qualification NAME "Title"`: a qualification
// held before registering (Pearson HN: "learners must hold X"); `requires component NAME "Title" at level 5 or above`:
// a co-requisite outside the qualification's units (a Modern Apprenticeship's SVQ plus Core Skills at given SCQF
// levels). The candidate's input lists either as a row naming NAME; a component's row gives the level as its result.
requiresDecl
    : REQUIRES kind=(QUALIFICATION | COMPONENT) name title=STRING levelFilter?
    ;

// ---------------------------------------------------------------------------------------------
// Attributes: shared by qualifications, units, groups, outcomes, criteria and pathways.

attribute
    : TITLE STRING                                                # TitleAttr
    | NUMBER_KW REGULATOR? value=reference caption=STRING?        # NumberAttr
    | AWARDING BODY STRING                                        # AwardingBodyAttr
    | FRAMEWORK name                                              # FrameworkAttr
    | LEVEL levelValue                                            # LevelAttr
    | SIZE sizeWord                                               # SizeAttr
    | quantityKind quantityValue                                  # QuantityAttr
    | DATE_KW name dateValue                                      # DateAttr
    | proseKind sectionNumber? (title=STRING)? prose              # ProseAttr
    | SECTION sectionNumber? title=STRING prose                   # SectionAttr
    | LEAD_IN leadInTarget text=STRING                            # LeadInAttr
    | LEARNING OUTCOME reference text=STRING block?               # LearningOutcomeAttr
    | PERFORMANCE OUTCOME reference text=STRING block?            # PerformanceOutcomeAttr
    | CRITERION reference text=STRING block?                      # CriterionAttr
    | KNOWLEDGE reference text=STRING                             # KnowledgeAttr
    | GRADING SCALE name                                          # GradingScaleAttr
    | CRITERION SCALE name                                        # CriterionScaleAttr
    | ACHIEVED WHEN condition                                     # AchievedWhenAttr
    | GRADE label (WHEN condition | OTHERWISE)                     # UnitGradeAttr
    ;

block
    : LBRACE attribute* RBRACE
    ;

sizeWord
    : name
    | STRING
    ;

quantityKind
    : TQT
    | GLH
    | CREDIT
    | CREDITS
    ;

quantityValue
    : low=NUMBER (TO high=NUMBER)?
    ;

dateValue
    : DATE
    | STRING
    | CODE
    | NUMBER
    ;

proseKind
    : AIMS
    | ENTRY REQUIREMENTS
    | PROGRESSION
    | ASSESSMENT
    | DELIVERY
    | OVERVIEW
    | GUIDANCE
    | EVIDENCE
    | CONTENT
    ;

// ---------------------------------------------------------------------------------------------
// Prose: the handbook's text. Kept apart from the rules of the language's meaning.

// The awarding body's own number for a section: `section 2.1 "Resource requirements" { ... }`.
sectionNumber
    : NUMBER
    | CODE
    ;

// A prose block: paragraphs (strings), bullet points (a string after a dash; two dashes for a point
// under the one above), headings, and tables with a header row.
prose
    : STRING                                                      # ProseShort
    | LBRACE proseItem* RBRACE                                    # ProseBlock
    ;

proseItem
    : STRING                                                      # Paragraph
    | DASH sub=DASH? STRING                                       # Bullet
    | HEADING STRING                                              # ProseHeading
    | TABLE caption=STRING? LBRACE tableRow* RBRACE               # ProseTable
    ;

tableRow
    : kind=(HEADER | ROW) STRING (COMMA STRING)*
    ;

// `lead-in outcomes "When you ... you must consistently:"`: the sentence before a unit's list.
leadInTarget
    : OUTCOMES
    | KNOWLEDGE
    ;

levelValue
    : ENTRY NUMBER                                                # EntryLevel
    | NUMBER                                                      # NumberedLevel
    | name                                                        # NamedLevel
    ;

// ---------------------------------------------------------------------------------------------
// Units, groups, scales, frameworks

// `unit 4427-450` refers to a unit; `unit 4427-450 "Title" { ... }` declares one.
unitEntry
    : unitKind reference (title=STRING block?)?
    ;

unitKind
    : UNIT
    | MODULE
    | COMPETENCY
    ;

groupDecl
    : GROUP name title=STRING? LBRACE groupMember* RBRACE
    ;

groupMember
    : unitEntry                                                   # GroupUnit
    | UNITS referenceList                                         # GroupUnits
    | GROUPS nameList                                             # GroupGroups
    // every unit of an imported library (at a level) that the qualification does not list itself: "a maximum of 35
    // credits from other Level 3 BTEC units", "up to 5 units from elsewhere at Diploma level"
    | ANY UNIT levelFilter? IN path=STRING                        # GroupPredicate
    | attribute                                                   # GroupAttribute
    ;

scaleDecl
    : SCALE name title=STRING? LBRACE scaleMember* RBRACE
    ;

scaleMember
    : scaleLabel (LT scaleLabel)*                                 # ScaleLabels
    | DEFAULT label                                               # ScaleDefault
    | ACHIEVED label (OR ABOVE | (COMMA label)+)?                 # ScaleAchieved
    // compensation: a unit with a recorded label counts in a combination, though only the achieved ones are passed
    // ("compensated units appear as U"): `recorded U or above`
    | RECORDED label (OR ABOVE | (COMMA label)+)?                 # ScaleRecorded
    // a result given as a mark (Highfield Food Safety: "45 questions; pass 30, distinction 36"): `marks 45`, with
    // each label's threshold after it, `Fail < Pass from 30 < Distinction from 36` (or `from 66%` of the marks)
    | MARKS NUMBER                                                # ScaleMarks
    ;

// `P "Pass" also "Passed", Pa`: other spellings a centre's records use for the label
scaleLabel
    : value=label description=STRING? (FROM from=NUMBER percent=PERCENT?)? (ALSO aliases+=label (COMMA aliases+=label)*)?
    ;

frameworkDecl
    : FRAMEWORK name title=STRING? LBRACE LEVELS name ((COMMA | LT) name)* RBRACE
    ;

// ---------------------------------------------------------------------------------------------
// Rules of combination

rulesBlock
    : RULES LBRACE ruleItem* RBRACE
    ;

// `smaller qualification certificate "…Certificate" { rules }`: a smaller qualification of the same suite (Award ⊂
// Certificate ⊂ Diploma), with its own rules over the same units; a learner who does not achieve the qualification
// is told the largest one (the first written) whose rules they meet.
pathwayDecl
    : (kind=(PATHWAY | ENDORSEMENT) | kind=SMALLER QUALIFICATION) name title=STRING LBRACE pathwayMember* RBRACE
    ;

pathwayMember
    : ruleItem
    | attribute
    | gradingBlock
    ;

ruleItem
    : (ruleLabel=name COLON)? ruleBody
    ;

ruleBody
    : ALL UNITS FROM pool PASSED? including? SHARED?               # AllRule
    | amount (AND amount)? outcomeFilter? sizeFilter? levelFilter? (GRADED graded=labelBound)? scope? including? SHARED?  # AmountRule
    // a unit ordering gate (Pearson HN: "Centres may offer Level 5 units once a student has achieved a minimum of 90
    // credits"): `units at level 5 count only after 90 credits at level 4`
    | UNITS gated=levelFilter COUNT ONLY AFTER amount after=levelFilter   # GateRule
    | BARRED (UNIT | UNITS)? referenceList                         # BarredRule
    | EQUIVALENT (UNIT | UNITS)? referenceList                     # EquivalentRule
    ;

amount
    : bound? low=NUMBER (TO high=NUMBER)? FURTHER? measure
    ;

bound
    : AT LEAST                                                    # AtLeast
    | AT MOST                                                     # AtMost
    | EXACTLY                                                     # Exactly
    ;

// Guided learning hours and total qualification time count like credits, by each unit's own value ("at least 180
// GLH from group optional", BTEC International).
measure
    : UNIT
    | UNITS
    | CREDIT
    | CREDITS
    | GLH
    | TQT
    ;

levelFilter
    : AT LEVEL levelValue (OR direction=(ABOVE | BELOW))?          # AtLevel
    | AT QUALIFICATION LEVEL (OR direction=(ABOVE | BELOW))?       # AtQualificationLevel
    ;

// Only units passed, or only units counted but not passed (compensation, BTEC: "60 GLH only at U grade permitted
// from optional"; HNC: "a pass in at least 105 credits at level 4"): `at most 15 credits not passed in total`.
outcomeFilter
    : NOT? PASSED
    ;

// Only units of these credit values (Access to HE: "a minimum of one unit of either 6 or 9 credits", "a maximum of
// 30 credits can be made of 6 or 9 credit units"): `1 unit of 6 or 9 credits`, `at most 30 credits in units of 6
// or 9 credits`.
sizeFilter
    : (IN UNITS)? OF sizes+=NUMBER ((COMMA | OR) sizes+=NUMBER)* (CREDIT | CREDITS)
    ;

scope
    : FROM pool                                                   # FromPool
    | IN TOTAL                                                    # InTotal
    ;

pool
    : quantifier=(ANY | EACH)? OF? (GROUP | GROUPS) nameList       # GroupPool
    | (UNIT | UNITS) referenceList                                 # UnitPool
    ;

including
    : INCLUDING (ONE OF)? referenceList
    ;

// ---------------------------------------------------------------------------------------------
// Grading

gradingBlock
    : GRADING LBRACE gradingItem* RBRACE
    ;

// `otherwise not achieved` (BTEC International: below the Pass threshold the qualification is not achieved): a
// learner whose units meet the rules but none of the grades has not achieved it. `at least 24 points from group core`
// counts only that group's points (BTEC Firsts' core points).
gradingItem
    : NO OVERALL GRADE                                            # NoOverallGrade
    | POINTS PER per=(CREDIT | UNIT) LBRACE pointsRow* RBRACE     # PointsTable
    | GRADE label FROM NUMBER POINTS (WHEN condition)?            # PointsThreshold
    | GRADE label WHEN condition                                  # GradeWhen
    | GRADE label OTHERWISE                                       # GradeOtherwise
    | OTHERWISE NOT ACHIEVED                                      # NotAchievedOtherwise
    | tariffTable                                                 # Tariff
    // an end-point assessment's grade table: the grade for each combination of the named units' grades
    // (L7 Digital & Technology Solutions: Report, Discussion `Distinction, Pass: Merit`)
    | GRADE TABLE (UNIT | UNITS) referenceList LBRACE gradeTableRow* RBRACE  # GradeTable
    | GRADE FROM selection                                        # GradeFrom
    ;

gradeTableRow
    : cells+=label (COMMA cells+=label)* COLON grade=label
    ;

// Which counted credits the grade is worked out from (Pearson HN: "the best 75 credits … from a maximum of 120
// credits as a valid rule of combination … including the core/mandatory credit"; HND: "Level 5 units only"):
// `grade from the best 75 credits at level 4, taken from at most 120 credits, including group core`,
// `grade from units at level 5`.
selection
    : (THE? BEST best=NUMBER (CREDIT | CREDITS) | UNITS) levelFilter?
      (COMMA? TAKEN FROM AT MOST cap=NUMBER (CREDIT | CREDITS))? (COMMA? INCLUDING pool)?
    ;

// A UCAS-style tariff: what each counted credit is worth by its unit's level and grade (Access to HE: "45 credits
// at Distinction = 144 points"). Reported with every result; it gives no grade.
tariffTable
    : TARIFF PER CREDIT LBRACE pointsRow* RBRACE
    ;

pointsRow
    : pointsKey? pointsEntry (COMMA pointsEntry)*
    ;

pointsKey
    : LEVEL levelValue COLON                                      # LevelKey
    | GLH NUMBER COLON                                            # GlhKey
    ;

pointsEntry
    : label NUMBER
    ;

condition
    : conditionAtom (AND conditionAtom)*
    ;

conditionAtom
    : EVERY CRITERION AT labelBound                               # EveryCriterion
    | (AT LEAST)? NUMBER (PERCENT OF)? (CRITERION | CRITERIA) AT labelBound   # SomeCriteria
    | EVERY UNIT GRADED labelBound                                # EveryUnitGraded
    | (AT LEAST)? NUMBER (PERCENT OF)? (UNIT | UNITS) GRADED labelBound       # SomeUnitsGraded
    | (AT LEAST)? NUMBER (CREDIT | CREDITS) levelFilter? GRADED labelBound  # SomeCreditsGraded
    | AT LEAST NUMBER POINTS (FROM pool)?                         # MinimumPoints
    | UNIT reference GRADED labelBound                            # UnitGraded
    ;

labelBound
    : label (OR direction=(ABOVE | BELOW))?
    ;

// ---------------------------------------------------------------------------------------------
// Time and attempts

// How a candidate's attempt history counts (Pearson BTEC: a registration "is valid for 3 years"; an apprenticeship's
// end-point assessment: one resit, "within 12 months", capped at a pass, "not permitted to resit to move from a pass
// to a distinction"): per unit, the best attempt these allow stands for it. A qualification's own dates ("learners
// must be registered by 31 August 2025"; "certification end date 31 August 2027"): `registration closes 2025-08-31`,
// `certification ends 2027-08-31` (the words `closes`, `certification` and `ends` are the checker's, not reserved).
attemptsBlock
    : ATTEMPTS LBRACE attemptsItem* RBRACE
    ;

attemptsItem
    : REGISTRATION VALID FOR period                                # RegistrationValid
    | AT MOST NUMBER (RESIT | RESITS) PER UNIT                     # ResitLimit
    | RESIT WITHIN period                                          # ResitWindow
    | RESIT CAPPED AT label                                        # ResitCap
    | NO RESIT ONCE ACHIEVED                                       # NoResitOnceAchieved
    | REGISTRATION closes=name DATE                                # RegistrationCloses
    | certification=name ends=name DATE                            # CertificationEnds
    ;

// `3 years`, `6 weeks`, `12 months`, `28 days` (the words are the checker's: they are not reserved)
period
    : NUMBER periodUnit=name
    ;

// ---------------------------------------------------------------------------------------------
// Names and references

name
    : IDENT
    | CODE
    | NUMBER
    ;

// A unit or criterion reference: `4427-450`, `R/506/4854`, `46`, `M1`, `1.1`, or any text in quotes.
reference
    : IDENT
    | CODE
    | NUMBER
    | DATE
    | STRING
    ;

referenceList
    : reference ((COMMA | AND) reference)*
    ;

nameList
    : name ((COMMA | AND) name)*
    ;

// A label of a grading scale: `S`, `Pass`, `"Not yet passed"`, `"D*"`.
label
    : IDENT
    | STRING
    ;

// =============================================================================================
// Lexer

// Keywords (reserved; lowercase)
IMPORT        : 'import';
QUALIFICATION : 'qualification';
UNIT          : 'unit';
UNITS         : 'units';
MODULE        : 'module';
COMPETENCY    : 'competency';
GROUP         : 'group';
GROUPS        : 'groups';
SCALE         : 'scale';
FRAMEWORK     : 'framework';
LEVELS        : 'levels';
TITLE         : 'title';
NUMBER_KW     : 'number';
REGULATOR     : 'regulator';
AWARDING      : 'awarding';
BODY          : 'body';
LEVEL         : 'level';
ENTRY         : 'entry';
SIZE          : 'size';
TQT           : 'tqt';
GLH           : 'glh';
CREDIT        : 'credit';
CREDITS       : 'credits';
DATE_KW       : 'date';
AIMS          : 'aims';
REQUIREMENTS  : 'requirements';
PROGRESSION   : 'progression';
ASSESSMENT    : 'assessment';
DELIVERY      : 'delivery';
OVERVIEW      : 'overview';
GUIDANCE      : 'guidance';
EVIDENCE      : 'evidence';
CONTENT       : 'content';
SECTION       : 'section';
LEARNING      : 'learning';
PERFORMANCE   : 'performance';
OUTCOME       : 'outcome';
CRITERION     : 'criterion';
CRITERIA      : 'criteria';
KNOWLEDGE     : 'knowledge';
HEADING       : 'heading';
TABLE         : 'table';
HEADER        : 'header';
ROW           : 'row';
LEAD_IN       : 'lead-in';
OUTCOMES      : 'outcomes';
RULES         : 'rules';
PATHWAY       : 'pathway';
ENDORSEMENT   : 'endorsement';
GRADING       : 'grading';
GRADE         : 'grade';
GRADED        : 'graded';
POINTS        : 'points';
PER           : 'per';
FROM          : 'from';
AT            : 'at';
LEAST         : 'least';
MOST          : 'most';
EXACTLY       : 'exactly';
TO            : 'to';
FURTHER       : 'further';
IN            : 'in';
TOTAL         : 'total';
OR            : 'or';
ABOVE         : 'above';
BELOW         : 'below';
AND           : 'and';
ALL           : 'all';
INCLUDING     : 'including';
ONE           : 'one';
OF            : 'of';
ANY           : 'any';
EACH          : 'each';
BARRED        : 'barred';
EQUIVALENT    : 'equivalent';
SHARED        : 'shared';
DEFAULT       : 'default';
ACHIEVED      : 'achieved';
RECORDED      : 'recorded';
MARKS         : 'marks';
PASSED        : 'passed';
NOT           : 'not';
ALSO          : 'also';
WHEN          : 'when';
EVERY         : 'every';
OTHERWISE     : 'otherwise';
SMALLER       : 'smaller';
REQUIRES      : 'requires';
COMPONENT     : 'component';
COUNT         : 'count';
ONLY          : 'only';
AFTER         : 'after';
NO            : 'no';
OVERALL       : 'overall';
TARIFF        : 'tariff';
ATTEMPTS      : 'attempts';
REGISTRATION  : 'registration';
VALID         : 'valid';
FOR           : 'for';
RESIT         : 'resit';
RESITS        : 'resits';
WITHIN        : 'within';
CAPPED        : 'capped';
ONCE          : 'once';
THE           : 'the';
BEST          : 'best';
TAKEN         : 'taken';

// Punctuation
LBRACE  : '{';
RBRACE  : '}';
COMMA   : ',';
COLON   : ':';
LT      : '<';
DASH    : '-';
PERCENT : '%';

// Literals. Order matters where two rules match the same text: a date before a code, a number
// before a code (`1.1` is a number, `1a` and `4427-450` are codes), an identifier before a code.
DATE   : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT;
NUMBER : DIGIT+ ('.' DIGIT+)?;
IDENT  : [A-Za-z_] [A-Za-z0-9_]*;
CODE   : SEGMENT ([-/.] SEGMENT)*;
STRING : '"' (~["\\] | '\\' .)* '"';

// A string whose closing quote never comes: lexed as one token so that the parser can say so.
UNTERMINATED_STRING : '"' (~["\\] | '\\' .)*;

LINE_COMMENT  : '//' ~[\r\n]* -> channel(2);
BLOCK_COMMENT : '/*' .*? '*/' -> channel(2);
UNTERMINATED_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF -> channel(2);
WS            : [ \t\r\n\f\u00A0\uFEFF]+ -> skip;

// Anything else is one unexpected character; the parser reports it in place.
UNEXPECTED_CHAR : .;

fragment DIGIT   : [0-9];
fragment SEGMENT : [A-Za-z0-9_]+;
