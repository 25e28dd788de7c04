"""Exercises for Chapter 3, Models of practice."""

from textbook.kit import (
    Choice,
    Matching,
    MultipleSelect,
    Option,
    Pair,
    Reflection,
    Scenario,
    SingleChoice,
    Step,
)

EXERCISES = [
    SingleChoice(
        id="models-two-files",
        title="Compare Ray's old file and new plan",
        objectives=["models-answer-history", "medical-vs-social"],
        prompt=(
            'Ray\'s old file from the institution says: "Non-compliant at bath time." His current '
            'plan says: "Knock, wait for him to answer and tell him who you are before you come '
            'in." What is the biggest change between the two?'
        ),
        options=[
            Option(
                text="The new plan says the same thing as the old file, in kinder words",
                feedback=(
                    "Not quite. The plan does more than soften the words. It changes who has to "
                    "act: staff knock, wait and say who they are, so Ray no longer has to defend "
                    "himself."
                ),
            ),
            Option(
                text="The file locates the problem in Ray; the plan asks staff to change",
                correct=True,
                feedback=(
                    "Yes. This is the shift at the heart of this chapter. The old file puts the "
                    "problem inside Ray and treats him as a problem to manage, as many institutions "
                    "did. The new plan treats bath "
                    "time as something the people around him can make safer."
                ),
            ),
            Option(
                text="The old file is the more objective record of how Ray behaves",
                feedback=(
                    'No. It sounds objective, but "non-compliant" is a judgment, written from '
                    "the outside through a lens that missed "
                    "what Ray was afraid of. The new plan was made with Ray and the people who "
                    "know him best, so it holds knowledge the old file never had."
                ),
            ),
            Option(
                text="The new plan adds Ray's preferences; the old file's facts still stand",
                feedback=(
                    'Not quite. "Non-compliant" is not a neutral fact: it places the problem in '
                    "Ray. The new plan does not add to that judgment, it replaces it, by asking "
                    "staff to change how they come in."
                ),
            ),
        ],
    ),
    SingleChoice(
        id="models-lens-check",
        title="Deepa cannot follow a spoken session",
        objectives=["medical-vs-social"],
        prompt=(
            "Deepa is a Deaf woman who uses American Sign Language (ASL). She cannot follow the "
            "spoken information session at the community program where she has just started "
            "volunteering. Which response best reflects the social model of disability?"
        ),
        options=[
            Option(
                text="Suggest that Deepa ask her doctor about a stronger hearing aid before the next session",
                feedback=(
                    "This is the medical lens: it puts the problem in Deepa's ears and asks her to "
                    "adapt. As Chapter 1 explained, many Deaf people see themselves as a language "
                    "and cultural community, not as people with something to fix."
                ),
            ),
            Option(
                text="Give Deepa a written summary of each session afterward",
                feedback=(
                    "Better than nothing, but she is still left outside the session. She cannot "
                    "ask questions or join the discussion. The social model asks you to remove "
                    "the barrier so that she can take part at the same time as everyone else."
                ),
            ),
            Option(
                text="Book an ASL interpreter, and ask Deepa what else would help her take part",
                correct=True,
                feedback=(
                    "Yes. The barrier is a session offered only in spoken English, so you remove "
                    "the barrier, and book the interpreter for every session she attends. Asking "
                    "Deepa what else would help puts her in the lead, since she knows her own "
                    "barriers best."
                ),
            ),
            Option(
                text="Excuse Deepa from the sessions and find her a volunteer task that needs no talking",
                feedback=(
                    "Kindly meant, but this removes the person instead of the barrier. It echoes a long history "
                    "of keeping disabled people out of ordinary life because the world was not "
                    "built for them."
                ),
            ),
        ],
    ),
    MultipleSelect(
        id="models-remove-barriers",
        title="Find and remove barriers for Arjun",
        objectives=["medical-vs-social"],
        prompt=(
            "You support Arjun at a community centre. He uses a wheelchair and has a mild "
            "intellectual disability. Which of these actions help find or remove a barrier, as "
            "the social model suggests? Select all that apply."
        ),
        options=[
            Option(
                text="Ask the centre to post its weekly schedule in plain language, with pictures",
                correct=True,
                feedback=(
                    "Yes. Information that people cannot read or follow is a barrier. Plain "
                    "language and pictures help Arjun, and many other people too."
                ),
            ),
            Option(
                text="Run a separate art session for Arjun downstairs when the elevator is out",
                feedback=(
                    "Well meant, but it works around the barrier and sets Arjun apart from the "
                    "group. The social model asks you to remove the barrier: report the elevator, "
                    "and ask for the whole group to meet in a room everyone can reach."
                ),
            ),
            Option(
                text="Report that the accessible washroom has been used for storage for two weeks",
                correct=True,
                feedback=(
                    "Yes. A blocked washroom is a physical barrier. When you cannot remove a "
                    "barrier yourself, reporting it is how you help remove it."
                ),
            ),
            Option(
                text='In your note, write that the art room is upstairs and the elevator was out, not "Arjun refused"',
                correct=True,
                feedback=(
                    'Yes. "Refused" blames Arjun. A note that describes what happened shows the '
                    "barrier, so that the next reader can do something about it. Write it that "
                    "way the first time: if a note you already wrote needs fixing, follow your "
                    "agency's rules for corrections instead of changing it."
                ),
            ),
            Option(
                text="Ask Arjun which activities he wants to join, and what gets in his way",
                correct=True,
                feedback=(
                    "Yes. In the social model, disabled people lead. Arjun knows his own barriers "
                    "better than anyone, so asking him is often the fastest way to find them."
                ),
            ),
            Option(
                text=(
                    "Arrange for two strong co-workers to carry Arjun and his wheelchair up the "
                    "stairs whenever the elevator is out"
                ),
                feedback=(
                    "Well meant, but no. It gets Arjun upstairs by working around the barrier, "
                    "and it puts him and your co-workers at risk of injury. The barrier, a broken "
                    "elevator, is still there for the next person. Report it, and ask for the "
                    "group to meet in a room Arjun can reach."
                ),
            ),
            Option(
                text="Fill in the centre's sign-up forms for Arjun each week",
                feedback=(
                    "Kind, but it leaves the barrier in place: forms he cannot read. It also takes "
                    "a task away from him. Asking the centre for plain-language forms, with "
                    "pictures, removes the barrier for Arjun and for others."
                ),
            ),
        ],
    ),
    SingleChoice(
        id="models-saturday-choice",
        title="Ray wants to go to the fire museum",
        objectives=["person-centred-planning"],
        prompt=(
            "It is Saturday morning. The house schedule says Saturday is grocery day. Ray tells "
            "you that the fire museum is having an open house today, and he wants to go. His plan "
            "names volunteering at the museum as his main goal. What do you do?"
        ),
        options=[
            Option(
                text="Keep to the grocery schedule: a steady routine helps people in the house feel secure",
                feedback=(
                    "Routines can matter a lot, but this one is the house's routine, not Ray's "
                    "choice. Person-centred planning asks services to bend around the person, "
                    "and Ray has told you what he wants today."
                ),
            ),
            Option(
                text="Take Ray to the open house and quietly leave the groceries for another week",
                feedback=(
                    "You have the goal right, but not the way. Ray's housemates need food too, "
                    "and your co-workers need to know about the change. Person-centred does not "
                    "mean working around your team."
                ),
            ),
            Option(
                text="Plan the day with Ray: the open house this morning and groceries this afternoon",
                correct=True,
                feedback=(
                    "Yes. The schedule exists to serve Ray, not the other way around, and the "
                    "open house moves his main goal forward. You still work with your team: the "
                    "household needs groceries, so check with your team lead if staffing needs "
                    "to change."
                ),
            ),
            Option(
                text="Tell Ray you will bring the museum up at his next planning meeting",
                feedback=(
                    "The meeting may be months away, and the open house is today. Plans are made "
                    "in meetings, but they are lived in everyday choices like this one."
                ),
            ),
        ],
    ),
    SingleChoice(
        id="models-planning-steps",
        title="What went wrong in Nell's planning meeting?",
        objectives=["person-centred-planning"],
        prompt=(
            "Nell, 47, has a mild intellectual disability. At her yearly planning meeting, her "
            "team lead reads out last year's goals, then the group's ideas for this year: a "
            "cooking class, and a walking group that staff think would be good for her. Nell "
            "sits beside her mother and nods when asked if that sounds all right. The meeting "
            "ends on time with a neat plan. What went wrong?"
        ),
        options=[
            Option(
                text="The group set Nell's goals while she sat by and agreed",
                correct=True,
                feedback=(
                    "Yes. This is the first trap the chapter names: a plan made for the person, "
                    "not with them. Nell was in the room, but the group decided. Helping her get "
                    "ready beforehand, starting with her story and asking her what she wants "
                    "would have put her voice first."
                ),
            ),
            Option(
                text="The goals were too modest, and the group should expect more of Nell",
                feedback=(
                    "High expectations matter, but nothing here says these goals are small. The "
                    "trouble is whose goals they are: the group's, not Nell's."
                ),
            ),
            Option(
                text="Her mother came, and family members should stay out of planning meetings",
                feedback=(
                    "No. The people who know and love the person are among the right voices, "
                    "after the person herself. The trouble is that Nell's own voice never led."
                ),
            ),
            Option(
                text="The meeting should have opened with a review of Nell's health needs",
                feedback=(
                    "Person-centred planning starts with the person's story and what is going "
                    "well, not with problems. Health can come up, but Nell should lead."
                ),
            ),
        ],
    ),
    Scenario(
        id="models-shelter-intake",
        title="Intake for Sharon on a freezing night",
        objectives=["trauma-informed"],
        prompt=(
            "You are a new worker at an overnight shelter in Winnipeg. Make each choice as you "
            "would on the job, and see where it leads."
        ),
        start="intake",
        steps=[
            Step(
                id="intake",
                text=(
                    "It is 11 p.m., and it is minus 25 outside. A woman named Sharon comes in for a "
                    "bed. Your agency's policy says staff check every guest's bags at intake, and "
                    "store any weapons in the office until the guest leaves. When you reach for Sharon's "
                    'backpack, she pulls it to her chest and shouts, "Don\'t touch my stuff!" '
                    "What do you do?"
                ),
                choices=[
                    Choice(
                        text="Tell her calmly that the bag check is the rule here, and hold out your hand for the bag",
                        next="walked-out",
                        consequence=("Sharon stares at your hand. Then she turns and walks back out the door."),
                    ),
                    Choice(
                        text="Step back, lower your voice and explain what the check is for",
                        next="explain",
                        consequence=(
                            "You tell her the check is for weapons, that every guest has it and that "
                            "you want to find a way that works for her. Sharon's shoulders drop a "
                            "little. She keeps hold of the bag, but she stays."
                        ),
                    ),
                    Choice(
                        text="Let her skip the check tonight and head to a bed",
                        next="skipped",
                        consequence=("Sharon looks surprised, then heads for a bed. You do not mention it to anyone."),
                    ),
                ],
            ),
            Step(
                id="explain",
                text=(
                    "Sharon tells you that at another shelter, staff dumped her bag on the floor in "
                    "front of everyone. Photos of her late mother ended up in a puddle. She is "
                    "still holding the bag tightly. What do you do next?"
                ),
                choices=[
                    Choice(
                        text="Ask her to tell you more about what happened there, and write it in her file",
                        next="explain",
                        consequence=(
                            "Sharon's face closes. \"I don't want to talk about it.\" You realize "
                            "you asked her to relive a painful moment in front of a stranger, just "
                            "to fill in a form. You let it go and come back to the bag check."
                        ),
                    ),
                    Choice(
                        text="Say you are sorry, and offer that she open the bag herself in the quiet office",
                        next="her-way",
                        consequence=(
                            "Sharon thinks about it, then nods. In the office, with the door open, she "
                            "takes out her photos first and sets them on the table where she can see "
                            "them."
                        ),
                    ),
                    Choice(
                        text="Reassure her, and check the bag gently yourself at the desk",
                        next="at-the-desk",
                        consequence=(
                            "Sharon hesitates, then hands it over. You go through it slowly, one "
                            "pocket at a time, while two guests wait in line behind her."
                        ),
                    ),
                ],
            ),
            Step(
                id="her-way",
                text=(
                    'Sharon shows you each pocket. In the last one is a small folding knife. "I '
                    'use it to cut my food," she says. "Somebody will steal it." The policy '
                    "says weapons are stored in the office until the guest leaves. What do you do?"
                ),
                choices=[
                    Choice(
                        text="Seal the knife in a named envelope, and write her a slip for it",
                        next="slip",
                        consequence=(
                            "You explain why weapons are stored and when she can have the knife back. "
                            "You seal it in an envelope with her name on it and write the slip. "
                            "Sharon reads the slip twice, then puts it in her pocket with her "
                            'photos. "Seven o\'clock," she says. "I\'ll be here."'
                        ),
                    ),
                    Choice(
                        text="Take the knife to the office for the night, and wish her good night",
                        next="taken",
                        consequence="Sharon's jaw tightens. She goes to her bed without a word.",
                    ),
                    Choice(
                        text="Let her keep the knife in her bag tonight, and leave the rule for the morning",
                        next="kept",
                        consequence="Sharon thanks you and goes to bed with the knife in her bag.",
                    ),
                ],
            ),
            Step(
                id="slip",
                text=(
                    "Sharon sleeps. At 7 a.m., she hands you the slip, and you give her the "
                    "envelope. On her way out, she asks whether there will be a bed tonight. "
                    "You write a short, factual note about the intake, as your agency requires, "
                    "including that Sharon prefers to open her own bag."
                ),
                best=True,
                debrief=(
                    "This is the practice the chapter teaches. You kept the safety rule and "
                    "carried it out in a trauma-informed way. You explained before you acted, let "
                    "Sharon open her own bag in a calm space, did not make her retell her story and "
                    "gave her a promise in writing that you kept. Your note means the next worker "
                    "can do the same. Small choices like these are how a service avoids "
                    "re-traumatizing people."
                ),
            ),
            Step(
                id="at-the-desk",
                text=(
                    "You find a small folding knife and store it in the office, as the policy says. "
                    "Sharon takes a bed, but she is gone before breakfast, and she does not come "
                    "back the next night."
                ),
                debrief=(
                    "Your care was real, and you kept the safety rule. But Sharon had just told "
                    "you what hurt her: staff handling her things in front of everyone. Checking "
                    "the bag yourself, in public, repeated that, however gently you did it. "
                    "Trauma-informed practice gives back choice and control: let her open the bag "
                    "herself, somewhere private, and show you. Try again."
                ),
            ),
            Step(
                id="walked-out",
                text=(
                    "Sharon does not come back that night. The next week, an outreach worker "
                    'tells your team that she says she will not go back to "that place."'
                ),
                debrief=(
                    "The bag check has a real purpose, but you enforced it in a way that felt "
                    "like the harm Sharon had already lived through. Trauma-informed practice does "
                    "not drop the rule. It changes how you carry it out, with safety, "
                    "transparency and choice. A calm explanation and a choice about how to do the "
                    "check might have kept her inside. On a night of minus 25, a guest who walks "
                    "out may sleep outside, and a shelter that feels unsafe stays closed to her on "
                    "the nights to come. Try again."
                ),
            ),
            Step(
                id="skipped",
                text=(
                    "At shift change, a co-worker learns that Sharon's bag was not checked. The "
                    "supervisor has to wake her to do the check, and Sharon feels tricked. The "
                    "next night, another worker insists on the check, and Sharon cannot tell which "
                    "rules are real."
                ),
                debrief=(
                    "Your aim was kind, but trustworthiness and transparency depend on clear, "
                    "steady rules. Skipping the check broke agency policy, put other guests and "
                    "staff at risk and set Sharon up to feel betrayed later. Trauma-informed "
                    "practice keeps the safety rule and changes how it is done. Try again."
                ),
            ),
            Step(
                id="taken",
                text=(
                    "Sharon does not sleep. At 5 a.m., she leaves without asking for the knife. "
                    "She does not come back the next night."
                ),
                debrief=(
                    "You followed the rule, but not in a trauma-informed way. Taking something "
                    "without saying what happens next can feel like the losses Sharon has lived "
                    "through before. A clear explanation and a written slip would have cost you a "
                    "minute, and kept her trust. Try again."
                ),
            ),
            Step(
                id="kept",
                text=(
                    "Sharon sleeps. At shift change, you write your note, and your supervisor "
                    "asks where the knife from intake was stored. The next night, another worker "
                    "follows the policy and takes it, and Sharon asks why it was fine yesterday."
                ),
                debrief=(
                    "Trust matters, but trauma-informed practice does not mean setting safety "
                    "rules aside. Safety is the first of SAMHSA's principles, and the weapons rule "
                    "protects everyone, Sharon included: a knife in a room of sleeping strangers "
                    "is a risk to all of them. And a rule that bends for one worker and not the "
                    "next leaves Sharon unable to tell which rules are real, the kind of surprise "
                    "that breaks trust. You could have kept both the rule and "
                    "her trust by explaining it and giving her a safe way to get the knife back. "
                    "Try again."
                ),
            ),
        ],
    ),
    MultipleSelect(
        id="models-trauma-informed-actions",
        title="Which actions are trauma-informed?",
        objectives=["trauma-informed"],
        prompt="Which of these actions show trauma-informed practice? Select all that apply.",
        options=[
            Option(
                text="Before helping a man with his coat, you say what you will do and wait for a yes",
                correct=True,
                feedback=(
                    "Yes. Saying what you will do, and waiting for a yes, builds safety and "
                    "choice. Being touched without warning is a common cause of re-traumatization."
                ),
            ),
            Option(
                text="You tell a youth a week ahead that her regular worker is going on leave",
                correct=True,
                feedback=(
                    "Yes. Surprises can feel like danger. Explaining changes early, including who "
                    "will take over, is transparency, and it gives the youth time to prepare."
                ),
            ),
            Option(
                text="At intake, you ask new tenants about past trauma to plan their support",
                feedback=(
                    "No, however well meant. Trauma-informed practice assumes anyone may have a "
                    "history of trauma, so support does not depend on telling it. Asking a stranger "
                    "about their worst experiences can re-traumatize them. People share if and "
                    "when they choose."
                ),
            ),
            Option(
                text="When a person starts shouting, you tell them firmly to calm down",
                feedback=(
                    "No. An order can make things worse. Lower your voice, give the person "
                    "space, then ask what happened and what would help. If anyone may be in "
                    "danger, follow your agency's crisis procedures and get help from your team."
                ),
            ),
            Option(
                text="Your team asks tenants which building rules feel unsafe or unfair, and changes some of them",
                correct=True,
                feedback=(
                    "Yes. This is collaboration and voice. It is also a service looking hard at "
                    "its own practices, which is how it resists re-traumatizing people."
                ),
            ),
            Option(
                text="You ask your supervisor for a debrief after a tenant tells you a very hard story",
                correct=True,
                feedback=(
                    "Yes. Trauma-informed practice applies to workers too. Hard stories affect "
                    "the people who hear them, and Chapter 7 looks at this more closely."
                ),
            ),
            Option(
                text="You note in a woman's file that her habit of avoiding eye contact with male staff may point to trauma",
                feedback=(
                    "No. You cannot tell from the outside who has been through trauma, and "
                    "labelling a person this way is outside your scope of practice. Treat everyone "
                    "with the same care, and describe what you see, not what you guess."
                ),
            ),
        ],
    ),
    SingleChoice(
        id="models-which-model",
        title="Gord used alone and nearly overdosed",
        objectives=["survey-models"],
        prompt=(
            "Léa works in supportive housing in Sudbury. A tenant, Gord, tells her he used alone "
            "in his room last night and nearly overdosed. He says he is not ready to stop. Which "
            "response best reflects harm reduction?"
        ),
        options=[
            Option(
                text="Ask Gord to promise he won't use alone again, and note the promise in his plan",
                feedback=(
                    "Well meant, but a promise puts the whole load on Gord, and if he breaks it he "
                    "may stop telling Léa. Harm reduction offers practical steps that make the "
                    "next time safer, such as naloxone and a plan for not using alone, without "
                    "asking him to promise."
                ),
            ),
            Option(
                text="Thank Gord for telling her, check that he has naloxone and talk about not using alone",
                correct=True,
                feedback=(
                    "Yes. This meets Gord where he is and lowers his risk of dying tonight. "
                    "Thanking him keeps him talking to her, which leaves the door open to more "
                    "support when he wants it. Léa also follows her agency's policy after a near "
                    "overdose, such as writing a note and telling her supervisor."
                ),
            ),
            Option(
                text="Steer the talk away from drugs and toward his goals for the year",
                feedback=(
                    "No. Steering away from drug use does not stop anyone from using; it makes "
                    "honest talk harder. Harm reduction treats honest "
                    "talk about safer use as a way to keep people alive."
                ),
            ),
            Option(
                text="Tell Gord she will help him find treatment on the day he says he is ready to quit",
                feedback=(
                    "No. In harm reduction, any step that makes a person safer counts. Waiting "
                    "for Gord to quit leaves him at risk right now."
                ),
            ),
        ],
    ),
    Matching(
        id="models-match-key-ideas",
        title="Match each model to the harm it answers",
        objectives=["models-answer-history", "survey-models"],
        prompt=(
            "Each model of practice grew, in part, as an answer to something that went wrong in "
            "the history of the field. Match each model to the harm it answers."
        ),
        pairs=[
            Pair(
                left="Social model of disability",
                right="People sent away from ordinary life, as if their bodies or minds were the whole problem",
            ),
            Pair(
                left="Person-centred planning",
                right="A whole ward woken, fed and put to bed on the same timetable",
            ),
            Pair(
                left="Trauma-informed practice",
                right="Care that itself frightened and hurt the people receiving it",
            ),
            Pair(
                left="Strengths perspective",
                right="Records that listed only what a person could not do",
            ),
            Pair(
                left="Recovery model",
                right="Being told that a diagnosis meant a good life was out of reach",
            ),
            Pair(
                left="Harm reduction",
                right="Help that was held back until a person had stopped using",
            ),
            Pair(
                left="Ecological systems view",
                right="Blaming a person alone for trouble that came from his housing, his school or his bus route",
            ),
        ],
        extras=[
            "Too few specialists to diagnose people early in life",
            "Services that cost the province more each year",
        ],
        rationale=(
            "The social model answers seeing people as problems to fix or hide away: if the "
            "problem lies in barriers, change society instead of removing people from it. "
            "Person-centred planning answers lives run on an institution's schedule by planning a "
            "good life with the person. Trauma-informed practice answers services that hurt the "
            "people in their care, by building in safety, trust and choice. The strengths "
            "perspective answers files full of labels and deficits by starting from what a person "
            "has. The recovery model answers the message that people would never get better: a "
            "hopeful life is possible, as the person defines it. Harm reduction answers help "
            "offered only to people who quit first, by meeting people where they are. The "
            "ecological systems view answers blaming the person alone, by looking at every layer "
            "around them. Two statements match no model: too few specialists and rising costs "
            "were not the harms these models grew up to answer."
        ),
    ),
    Reflection(
        id="models-your-lens",
        title="Reflect on a model to carry into work",
        objectives=["models-answer-history", "survey-models"],
        prompt=(
            "Choose one model from this chapter that you want to carry into your work. In your "
            "own words, explain its key idea. Name a harm from the history of the field that it "
            "answers. Then describe one thing you would do differently on a shift because of it. "
            "End with one part of the model that you find hard to accept, or a question you "
            "still have about it. Your answer stays in your own browser."
        ),
        checklist=[
            "Did I explain the model's key idea in my own words, not the book's?",
            "Did I link the model to a specific harm from the history of the field?",
            "Did I describe a concrete action on a shift, not just a general value?",
            "Did I name something I find hard to accept, or a question I still have?",
        ],
        min_words=80,
    ),
]
