"""Exercises for Chapter 5, Professional values and ethics."""

from textbook.kit import (
    Band,
    Choice,
    Matching,
    MultipleSelect,
    Option,
    Pair,
    Reflection,
    Scenario,
    SelfCheck,
    SelfCheckItem,
    SingleChoice,
    Step,
)

EXERCISES = [
    Reflection(
        id="ethics-values-at-work",
        title="Reflect on being overruled or trusted with a choice",
        objectives=["dignity-self-determination"],
        prompt=(
            "Think back to the pause and reflect on this page. Describe one time when someone "
            'made a decision for you "for your own good," or one time when someone trusted you '
            "with a choice that worried them. What happened, and how did it feel? Then write two "
            "or three sentences on what that experience could teach you about how to treat Rose, "
            "or any person you support, when you disagree with their choice. Choose a memory "
            "you are comfortable writing about. Your answer stays in your own browser."
        ),
        checklist=[
            "Did I describe one real moment: who decided, what was decided and how it turned out?",
            "Did I say how it felt to have my choice taken over, or respected?",
            "Did I link the experience to how I want to act with people I support?",
            "Did I keep private details to what I am comfortable writing down?",
        ],
        min_words=50,
    ),
    MultipleSelect(
        id="ethics-respect-rose",
        title="Support Rose's plan to meet Glen for dinner",
        objectives=["dignity-self-determination"],
        prompt=(
            "Rose has asked Daniel to help her plan the bus trip to her dinner with Glen. Which "
            "of these responses respect her dignity and self-determination? Select all that apply."
        ),
        options=[
            Option(
                text="Asking Rose what she is looking forward to about the evening",
                correct=True,
                feedback=(
                    "Yes. Starting with what the choice means to Rose treats her as the expert on "
                    "her own life. It also opens the door to a real conversation later."
                ),
            ),
            Option(
                text="Suggesting Rose meet Glen for a daytime coffee instead of a Friday dinner",
                feedback=(
                    "No. It is meant kindly: a daytime coffee feels safer to many workers. But "
                    "Rose asked for help with her plan, not for a new one. Swapping her choice for "
                    "one that eases your worry is paternalism, even when it is offered as a "
                    "suggestion, and it tells her that her own plan does not count."
                ),
            ),
            Option(
                text="Sharing one honest concern, once, and then leaving the choice with Rose",
                correct=True,
                feedback=(
                    "Yes. Self-determination does not mean staying silent. You can share a concern "
                    "honestly, as long as you do not pressure her and you respect her decision."
                ),
            ),
            Option(
                text="Helping Rose plan the route and a way home, her way",
                correct=True,
                feedback=(
                    "Yes. Supporting a person to carry out their own choice is the heart of the "
                    "job. The plan is hers; your role is to help it work."
                ),
            ),
            Option(
                text="Asking Louise whether Rose should be allowed to go",
                feedback=(
                    "No. Rose is an adult, and the choice is hers. Nothing in her file gives "
                    "Louise a legal role in Rose's decisions, as Daniel confirms later in the "
                    "chapter. Asking Louise also shares Rose's private plans without her consent."
                ),
            ),
            Option(
                text="Offering to ride the bus with Rose and wait nearby during dinner",
                feedback=(
                    "No. It comes from care, and Rose might even say yes to please Daniel. But a "
                    "worker waiting near the table turns her evening into a supervised outing. If "
                    "Rose wants company for part of the trip, she can ask for it; offering it "
                    "unasked says you do not trust her to go on her own. That is paternalism."
                ),
            ),
        ],
    ),
    SingleChoice(
        id="ethics-risk-question",
        title="Emilio wants to cook his own supper",
        objectives=["dignity-of-risk"],
        prompt=(
            "Emilio, 35, lives in a group home in Regina. He wants to start cooking his own "
            "supper on the stove two nights a week. He has burned food before. Which question "
            "best reflects the dignity of risk?"
        ),
        options=[
            Option(
                text="How can we support Emilio to cook, as safely as he wants to?",
                correct=True,
                feedback=(
                    "Yes. This question accepts that the choice is his and that some risk is part "
                    "of life. It then looks for ways to lower the risk with him, such as practice, "
                    "a timer or a simple recipe to start. Because a kitchen fire could affect his "
                    "housemates, staff would also check the home's policy and talk with their "
                    "supervisor as they plan with him."
                ),
            ),
            Option(
                text="What could go wrong if Emilio cooks on his own?",
                feedback=(
                    "Not the best question to start with. What could go wrong is worth talking "
                    "through, with Emilio, as part of the plan. But as the first question, it "
                    'looks only at risk, and a list of dangers tends to end in "no." The '
                    "dignity of risk starts from the choice and asks how to support it."
                ),
            ),
            Option(
                text="Would his family be comfortable with him using the stove on his own at night?",
                feedback=(
                    "Not quite. Family views can matter, especially if Emilio wants them involved. "
                    "But he is an adult, and the choice starts with him, not with his family's "
                    "comfort."
                ),
            ),
            Option(
                text="Could a staff member cook beside Emilio each time he uses the stove?",
                feedback=(
                    "Not quite. It is well meant, and some support may help at first. But the "
                    "question decides the level of support for him, with no end in sight, and it "
                    "leaves no room for Emilio to say how much help he wants. That is "
                    "overprotection: ask him first, and plan the support with him."
                ),
            ),
        ],
    ),
    Scenario(
        id="ethics-bus-trip",
        title="Aaliyah wants to ride the bus alone",
        objectives=["dignity-of-risk", "decision-process"],
        prompt=(
            "You are a community support worker in Halifax. You support Aaliyah Thompson, 29, "
            "who has an intellectual disability and lives in a supported apartment. Make each "
            "choice as you would on the job, and see where it leads."
        ),
        start="ask",
        steps=[
            Step(
                id="ask",
                text=(
                    'On Monday, Aaliyah tells you: "I want to go to my Saturday art class by '
                    'myself. On the bus. Like everyone else." Staff have always driven her. The '
                    "route has a transfer, and you feel a knot in your stomach. Her mother, "
                    "Denise, has told staff more than once that she is afraid Aaliyah will get "
                    "lost. What do you do first?"
                ),
                choices=[
                    Choice(
                        text="Tell her it is too risky for now, and offer to keep driving her on Saturdays",
                        next="locked-down",
                        consequence=('Aaliyah goes quiet. "Okay." She stops mentioning the art class.'),
                    ),
                    Choice(
                        text="Ask what going alone means to her and what she knows about the route",
                        next="listen",
                        consequence=(
                            'Aaliyah says, "My friends from class take the bus. I am 29. I do '
                            'not want staff to drive me like a kid." She knows the number of the '
                            "first bus but not where to transfer."
                        ),
                    ),
                    Choice(
                        text='Say "Sure!", print the bus schedule for her and wish her luck',
                        next="unplanned",
                        consequence=(
                            "Aaliyah is thrilled. On Saturday, she sets off with the printout. At "
                            "10:50, she calls you, close to tears. She got off at the wrong stop "
                            "at the transfer, and her phone battery is almost dead."
                        ),
                    ),
                ],
            ),
            Step(
                id="listen",
                text=(
                    "You still feel worried, and you know Denise will be too. Aaliyah is waiting "
                    "to hear what you think. What do you do next?"
                ),
                choices=[
                    Choice(
                        text="Call Denise to ask whether she would allow Aaliyah to go alone",
                        next="mother-decides",
                        consequence=(
                            'Denise says, "Absolutely not." Aaliyah hears your side of the '
                            'call. "Why are you asking my mom? It is my life." Later, you check '
                            "the file. Aaliyah makes her own decisions, and Denise is not her "
                            "substitute decision-maker."
                        ),
                    ),
                    Choice(
                        text="Offer to ride the whole route with her each Saturday until you feel she is ready",
                        next="shadow",
                        consequence=(
                            "Aaliyah agrees, but her voice is flat. You ride with her for three Saturdays. "
                            "She knows the transfer now, but you still feel you should wait a bit longer."
                        ),
                    ),
                    Choice(
                        text="Plan the trip with Aaliyah, step by step, and write the plan down",
                        next="plan",
                        consequence=(
                            "You talk through what could go wrong and how she would handle it. "
                            "Over two weeks, you ride the route with Aaliyah twice. She takes a "
                            "photo of each stop. She decides to keep her phone charged, carry a "
                            "card with the agency's number and text you when she arrives. Your "
                            "supervisor agrees with the plan, and you write it in her file. "
                            "Aaliyah tells her mother about it herself."
                        ),
                    ),
                ],
            ),
            Step(
                id="plan",
                text=(
                    "It is Aaliyah's first solo Saturday. At 10:40, she texts you: \"Missed the "
                    'transfer. I am at the wrong stop." What do you do?'
                ),
                choices=[
                    Choice(
                        text="Text her the name of the right stop and when the next bus comes",
                        next="told",
                        consequence=("Aaliyah texts back a thumbs-up, crosses the street and catches the next bus."),
                    ),
                    Choice(
                        text="Drive out to the stop right away and take her the rest of the way to class",
                        next="took-over",
                        consequence=(
                            "You find her at the bus shelter, calm and looking at her photos. "
                            "She gets in the car without a word."
                        ),
                    ),
                    Choice(
                        text='Text back: "What does your plan say?" and offer to stay on the phone',
                        next="own-way",
                        consequence=(
                            "Aaliyah calls. She finds the photo of the right stop, sees that it "
                            "is across the street and waits for the next bus. You stay on the "
                            "line until she is on it."
                        ),
                    ),
                ],
            ),
            Step(
                id="own-way",
                text=(
                    "Aaliyah arrives at class 15 minutes late and texts you a thumbs-up. The next "
                    "Saturday, she makes the transfer without a problem. A month later, she is "
                    "planning a bus trip to the library."
                ),
                debrief=(
                    "This is the dignity of risk in practice. You started by listening, made a "
                    "plan with Aaliyah instead of for her, checked it with your supervisor and "
                    "wrote it down. When a small mistake came, you let her use her own plan to "
                    "fix it, and that is how she learned she could."
                ),
                best=True,
            ),
            Step(
                id="shadow",
                text=(
                    'On the sixth Saturday, Aaliyah asks, "When will I be ready?" You realize you '
                    "do not know what you are waiting for. She stops talking about the library "
                    "trip she had planned."
                ),
                debrief=(
                    "Practising the route together was a good idea, and it was kind. But the plan "
                    "had no end except your comfort, so the choice stayed with you, not with "
                    "Aaliyah. The dignity of risk means planning *with* her: what she will "
                    "practise, what could go wrong and what she will do if it does, and when she "
                    "goes alone. Then check the plan with your supervisor and write it down. Go "
                    "back and try again."
                ),
            ),
            Step(
                id="told",
                text=(
                    "Aaliyah gets to class 15 minutes late. The next Saturday, she texts you at "
                    "each stop to ask whether it is the right one."
                ),
                debrief=(
                    "You solved the problem quickly and kindly, and she was never in danger. But "
                    "the plan was hers, with photos of every stop, and using it was the skill she "
                    "needed. When you gave her the answer, she learned to check with you instead "
                    "of with her plan. Ask yourself whether a problem is a danger or a chance to "
                    "learn before you step in, and when it is a chance to learn, point her back "
                    "to her own plan."
                ),
            ),
            Step(
                id="took-over",
                text=(
                    'On the drive, Aaliyah finally says, "You do not think I can do it." The '
                    "next Saturday, she asks you to drive her again."
                ),
                debrief=(
                    "The planning was good, and missing a transfer was exactly the kind of risk "
                    "the plan was built for. She was safe, in daylight, with her photos and a "
                    "charged phone. Rushing in took away her chance to solve it and told her you "
                    "did not trust her. Ask yourself whether a problem is a danger or a chance "
                    "to learn before you step in. If she had been unsafe, or had asked you to "
                    "come, going to her would have been the right call."
                ),
            ),
            Step(
                id="unplanned",
                text=(
                    "You drive out and find her. She gets to class an hour late and shaken. That "
                    "night, she tells her mother that maybe she cannot do it after all."
                ),
                debrief=(
                    "Saying yes was a good instinct, because the choice is hers. But a yes with "
                    "no planning leaves a person alone with the risk. The dignity of risk means "
                    "supporting a choice: practising the route, talking through what could go "
                    "wrong and planning for it, together."
                ),
            ),
            Step(
                id="mother-decides",
                text=(
                    "Aaliyah stops telling you about her plans. A co-worker later hears that she "
                    "has been asking people at the bus stop for directions."
                ),
                debrief=(
                    "Denise's worry is real and deserves respect, but Aaliyah is an adult who "
                    "makes her own decisions. Asking her mother's permission handed her choice "
                    "to someone else. It also shared her private plans without her consent. "
                    "Plan with the person first, and help her involve family if she wants to."
                ),
            ),
            Step(
                id="locked-down",
                text=(
                    "On Saturday, you drive her to class as usual. She looks out of the window the "
                    "whole way. Over the next weeks, she tells you less about her plans."
                ),
                debrief=(
                    "Saying no felt protective, but it was paternalism. It did not remove the "
                    "risk; it only removed you from it. Aaliyah still wants to go. A person who "
                    "is told no often stops sharing her plans, and may one day try the trip "
                    "alone, unplanned, with nobody knowing where she is. Limiting an adult's "
                    "freedom to come and go is a serious step that agency policy and the law "
                    "control closely; it is not a worker's call to make because staff are "
                    "worried. Start again by asking what the choice means to her and how you can "
                    "help her do it safely."
                ),
            ),
        ],
    ),
    SingleChoice(
        id="ethics-promise-to-keep",
        title="A teen asks you to keep a secret",
        objectives=["confidentiality-limits"],
        prompt=(
            'You work at a youth drop-in centre. Kayla, 14, pulls you aside. "Can I tell you '
            'something? But you have to promise not to tell anyone." What is the best response?'
        ),
        options=[
            Option(
                text="\"I can't promise that. Most things stay private, but not if someone's safety is at risk.\"",
                correct=True,
                feedback=(
                    "Yes. You cannot promise complete secrecy: some things, such as a child who "
                    "may need protection, must be reported. Saying so first, in plain words, is "
                    "honest and lets Kayla choose what to share. Then tell her you want to listen, "
                    "and ask whether she still wants to talk. If she does "
                    "tell you something you must report, tell her what will happen next, and talk "
                    "to your supervisor."
                ),
            ),
            Option(
                text='"I promise. Whatever you tell me here stays between the two of us, and you can trust me with it."',
                feedback=(
                    "Not this one. It is meant to make Kayla feel safe, but if she tells you she "
                    "is being harmed, you will have to break the promise, and she may feel "
                    "betrayed at the worst possible moment. Do not promise to keep everything "
                    "secret; explain the limits instead."
                ),
            ),
            Option(
                text='"Go ahead and tell me first. Then I will work out whether anyone else needs to know."',
                feedback=(
                    "Not the best. It sounds open, but it hides the limits from Kayla until after "
                    "she has shared. She deserves to know the rules before she decides what to say."
                ),
            ),
            Option(
                text='"I can\'t promise that. It sounds serious; could you talk to your parents or a counsellor instead?"',
                feedback=(
                    "Not quite. The first sentence is honest, but then you send Kayla away. Her "
                    "parents may not be safe people for her to tell, and she chose to come to you. "
                    "Explain the limits of confidentiality and stay open to listening."
                ),
            ),
        ],
    ),
    MultipleSelect(
        id="ethics-when-to-share",
        title="When may you share without consent?",
        objectives=["confidentiality-limits"],
        prompt=(
            "In which of these situations may you need to share information about a person "
            "without their consent? Assume each person is an adult with no substitute "
            "decision-maker, unless the situation says otherwise. Select all that apply."
        ),
        options=[
            Option(
                text="A woman you support tells you her boyfriend hits her seven-year-old son",
                correct=True,
                feedback=(
                    "Yes. A child who may need protection must be reported, even though the child "
                    "is not the person you support. Follow your province's law and your agency's "
                    "steps, and talk to your supervisor, including about how to keep the mother "
                    "safe as well. Telling your supervisor may not meet your own duty: depending "
                    "on the law where you work, you may have to make the report yourself."
                ),
            ),
            Option(
                text="A tenant says he has a plan to end his life tonight",
                correct=True,
                feedback=(
                    "Yes. A serious and immediate risk of harm is a limit of confidentiality. "
                    "Follow your agency's protocol: stay with him if it is safe, get your "
                    "supervisor and call 9-1-1 or your local emergency number, sharing only what "
                    "is needed to keep him safe."
                ),
            ),
            Option(
                text="Your agency receives a court order for a person's records",
                correct=True,
                feedback=(
                    "Yes, a court order can require an agency to release records. Do not hand "
                    "anything over yourself. Take it to your supervisor, who will handle it with "
                    "the agency."
                ),
            ),
            Option(
                text="A man's brother calls and asks how he is doing in his new apartment",
                feedback=(
                    "No. Family members are not automatically entitled to information about an "
                    "adult. Thank the brother, explain that you cannot share without consent and "
                    "offer to pass on a message."
                ),
            ),
            Option(
                text="A friend asks about your day, and you want to tell a funny story about a person you support",
                feedback=(
                    "No. Stories from work stay at work, even without names. In a small community, "
                    "people can often guess who you mean."
                ),
            ),
            Option(
                text="A woman tells you she has started drinking again and does not want her worker at the clinic to know",
                feedback=(
                    "No, not on its own. It may worry you, but it is her information and her "
                    "choice. You can talk with her about it, and talk to your supervisor if you "
                    "think there is a serious risk."
                ),
            ),
        ],
    ),
    SingleChoice(
        id="ethics-find-the-rules",
        title="Find the reporting rules at a new placement",
        objectives=["confidentiality-limits"],
        prompt=(
            "It is your first week at a practicum in a family support program in Saskatoon. At "
            "your last placement, in another province, staff told their supervisor about any "
            "worry that a child was being harmed, and the supervisor made the report. How do you "
            "find out what your own duty to report is here?"
        ),
        options=[
            Option(
                text="Ask your supervisor whether you make reports yourself, and read the agency's policy",
                correct=True,
                feedback=(
                    "Yes. Who must report, what and to whom is set by each province's and "
                    "territory's law, and your agency's policy sets out its own steps. Your "
                    "supervisor and the policy tell you what applies here: what you must report, "
                    "to whom, how fast, and whether you make the report yourself. Ask in your "
                    "first weeks, before you need the answer."
                ),
            ),
            Option(
                text="Follow the same steps your last placement used",
                feedback=(
                    "Not this one. Child protection laws are not the same in every province and "
                    "territory. They can differ on who counts as a child, on what must be "
                    "reported and on how a report is made. What was right at your last placement "
                    "may not meet your duty here."
                ),
            ),
            Option(
                text="Plan to tell your supervisor about any worry, and let them make the report",
                feedback=(
                    "Not quite. Telling your supervisor is part of the process everywhere. But do "
                    "not assume it meets your own duty: depending on the law where you work, you "
                    "may have to make the report yourself. Find out which it is here."
                ),
            ),
            Option(
                text="Look up what the NASW code of ethics says about reporting child abuse",
                feedback=(
                    "Not this one. A code of ethics guides your values, but it does not set the "
                    "law, and the NASW code is written for social workers in the United States. "
                    "Your duty to report comes from the law of the province you work in and from "
                    "your agency's policy."
                ),
            ),
            Option(
                text="Wait until a situation comes up, then ask your supervisor what to do",
                feedback=(
                    "Not the best. Asking your supervisor is right, but a report may need to be "
                    "made promptly, and a worried moment is the hardest time to learn the rules. "
                    "Find out what your duty is in your first weeks, before you need it."
                ),
            ),
        ],
    ),
    Matching(
        id="ethics-values-in-action",
        title="Match actions to NASW core values",
        objectives=["codes-of-ethics"],
        prompt=("Match each action from front-line work to the NASW core value it shows most clearly."),
        pairs=[
            Pair(
                left="You help a tenant contest an eviction that was served without proper notice",
                right="Social justice",
            ),
            Pair(
                left="You knock, wait and ask before you enter a person's room",
                right="Dignity and worth of the person",
            ),
            Pair(
                left="You help a man plan a visit from his brother",
                right="Importance of human relationships",
            ),
            Pair(
                left="You tell your supervisor you made a mistake with a medication record",
                right="Integrity",
            ),
            Pair(
                left="You ask for training before you use a new lift with a person",
                right="Competence",
            ),
            Pair(
                left="You stay an extra few minutes to help a person in crisis find a shelter bed",
                right="Service",
            ),
        ],
        extras=["Confidentiality", "Truth and reconciliation"],
        rationale=(
            "Social justice means working on unfair conditions, such as an eviction served "
            "without proper notice. "
            "Knocking before you enter is a small act of respect for a person's dignity and worth. "
            "Helping someone keep up a tie with family reflects the importance of human relationships. "
            "Owning up to a mistake is integrity: being honest even when it is uncomfortable. "
            "Asking for training before a new task is competence, working within what you are "
            "trained to do. Helping a person in need find shelter is service. Real actions often "
            "show more than one value, but each of these shows one most clearly. Confidentiality "
            "and truth and reconciliation are not among the NASW's six core values: "
            "confidentiality was a core value of the 2005 CASW code, and truth and "
            "reconciliation is a value of the 2024 CASW code."
        ),
    ),
    SingleChoice(
        id="ethics-code-facts",
        title="Della asks for a place to smudge",
        objectives=["codes-of-ethics"],
        prompt=(
            "You work at a women's shelter in Thunder Bay. Della, 41, who is Anishinaabe, asks "
            "for a place to smudge before her court date tomorrow. The shelter's policy bans "
            "burning anything indoors and says nothing about smudging. Your agency follows the "
            "2024 CASW Code of Ethics. What is the best response?"
        ),
        options=[
            Option(
                text="Tell Della you will ask your supervisor today, pointing to the code's value on Indigenous rights",
                correct=True,
                feedback=(
                    "Yes. The 2024 CASW code has a value that commits the profession to upholding "
                    "the rights of First Nations, Métis and Inuit Peoples and to recognizing "
                    "Indigenous world views. Here the code and the policy seem to point different "
                    "ways, and the chapter's advice is to raise that with your supervisor, not to "
                    "quietly pick one. Naming the value shows what is at stake. Your supervisor may "
                    "know of a safe place or an exception, or can take the question further. Tell "
                    "Della when you will get back to her, and do it before her court date."
                ),
            ),
            Option(
                text="Let her smudge in her room tonight: the code's value on Indigenous rights outweighs a house rule",
                feedback=(
                    "Not quite. You have named the right value, and your wish to honour it is "
                    "sound. But a code does not replace law or policy, and a fire rule protects "
                    "everyone in the building. Quietly choosing the code over the policy is the "
                    "mirror image of quietly choosing the policy: either way, you decide alone. "
                    "Raise it with your supervisor."
                ),
            ),
            Option(
                text="Tell Della the policy bans burning indoors, and raise smudging with your supervisor next week",
                feedback=(
                    "Not quite. Raising it with your supervisor is the right move, but next week "
                    "is after her court date, the moment the smudge was for. Until then, the "
                    "policy quietly wins, and a value the code asks you to act on is set aside. "
                    "Raise it today, and tell Della when you will get back to her."
                ),
            ),
            Option(
                text="Explain that the code is written for social workers, and shelter staff go by the house rules",
                feedback=(
                    "No. Many front-line workers are not social workers, but your agency has "
                    "adopted this code, and social work codes describe the values of the wider "
                    "field. The code is meant to guide exactly this kind of choice."
                ),
            ),
        ],
    ),
    SingleChoice(
        id="ethics-decision-steps",
        title="Which step did Malik skip?",
        objectives=["decision-process"],
        prompt=(
            "Malik works in a group home in Moncton. For a week, he has seen Ruth, 52, hand her "
            "lunch money to a housemate each morning. He feels uneasy and names the issue: "
            "Ruth's money may be being taken from her. He thinks about what matters to Ruth, to "
            "her housemate and to the agency: Ruth's right to make her own choices, her safety "
            "and both residents' privacy. He checks the agency's policy on residents' money, "
            "thinks about the code's value of dignity and calls his supervisor. Together they "
            "list three options and their likely effects. Malik decides to keep Ruth's lunch "
            "money in the office safe, and he writes a note. The next day, Ruth is upset: she "
            "has been paying her housemate back for concert tickets they bought together. Which "
            "step of the decision process did Malik skip?"
        ),
        options=[
            Option(
                text="Gather the facts: he did not ask Ruth why she was handing over the money",
                correct=True,
                feedback=(
                    "Yes. Malik went from a worry to a plan without checking it. Gathering the "
                    "facts means separating what you know from what you assume, checking the "
                    "file and plan, and asking the person. One question to Ruth would have turned "
                    "up the concert tickets. Skipping it also led to a decision about Ruth's own "
                    "money that was hers to make. Every later step was done with care, but it was "
                    "built on an assumption."
                ),
            ),
            Option(
                text="Name the values and people: he did not think about what mattered to the housemate",
                feedback=(
                    "Not this one. Malik named Ruth, her housemate and the agency, and the values "
                    "at stake for them: Ruth's choices, her safety and both residents' privacy. "
                    "Look earlier in the process for what he missed."
                ),
            ),
            Option(
                text="Consult: he decided with his supervisor but did not check the policy or the code",
                feedback=(
                    "Not this one. Malik checked the agency's policy on residents' money, thought "
                    "about the code's value of dignity and called his supervisor. Consulting was "
                    "done. The problem is what he brought to the consultation."
                ),
            ),
            Option(
                text="List options: he and his supervisor chose one plan without weighing any others",
                feedback=(
                    "Not this one. Malik and his supervisor listed three options and their likely "
                    "effects. But options are only as good as the facts behind them, and one fact "
                    "was missing."
                ),
            ),
        ],
    ),
    Reflection(
        id="ethics-my-dilemma",
        title="Work through an ethical dilemma of your own",
        objectives=["decision-process", "codes-of-ethics"],
        prompt=(
            "Choose an ethical dilemma. It can be one you have faced at work, in a placement or "
            "a volunteer role, or one you imagine facing in your first job. Change names and "
            "details so no real person can be identified. Work through the seven steps in a few "
            "sentences each. Include at least one value from a code of ethics and at least three "
            "options with their consequences. End with what you would do and why."
        ),
        checklist=[
            "Did I keep the situation anonymous, with no real names or identifying details?",
            "Did I separate facts from assumptions?",
            "Did I name the people involved and at least one value from a code of ethics?",
            "Did I say who I would consult, such as a supervisor, and which policy I would check?",
            "Did I notice any part that the law or agency policy decides for me, such as a duty to report?",
            "Did I list at least three options and think about their consequences?",
            "Did I explain my decision in a way I could say out loud to the person and my supervisor?",
        ],
        min_words=150,
    ),
    SelfCheck(
        id="ethics-chapter-check",
        title="Rate your grasp of values and ethics",
        objectives=[
            "dignity-self-determination",
            "dignity-of-risk",
            "confidentiality-limits",
            "codes-of-ethics",
            "decision-process",
        ],
        prompt=(
            "Rate how true each statement is for you right now. This self-check is for "
            "reflection, not a diagnostic tool: it does not measure you, it only points you to "
            "pages worth another look before you move on."
        ),
        scale=["Not true", "Somewhat true", "Mostly true", "Very true"],
        confidence=True,
        items=[
            SelfCheckItem(
                text="I can explain self-determination and paternalism in my own words.",
                page="book/foundations/05-ethics/core-values",
            ),
            SelfCheckItem(
                text="When a person I support makes a choice I disagree with, my first instinct is to talk them out of it.",
                reverse=True,
                page="book/foundations/05-ethics/core-values",
            ),
            SelfCheckItem(
                text="I can explain the dignity of risk and give an example from front-line work.",
                page="book/foundations/05-ethics/core-values",
            ),
            SelfCheckItem(
                text="I can describe how to support a risky choice, step by step.",
                page="book/foundations/05-ethics/core-values",
            ),
            SelfCheckItem(
                text="I can explain why I should never promise to keep everything a person tells me secret.",
                page="book/foundations/05-ethics/confidentiality",
            ),
            SelfCheckItem(
                text="I know what questions to ask about reporting rules in a new job or placement.",
                page="book/foundations/05-ethics/confidentiality",
            ),
            SelfCheckItem(
                text="I can name at least three core values found in codes of ethics.",
                page="book/foundations/05-ethics/codes-of-ethics",
            ),
            SelfCheckItem(
                text="I can list the seven steps of the decision process and use them on a real dilemma.",
                page="book/foundations/05-ethics/decision-process",
            ),
        ],
        bands=[
            Band(
                min=0,
                max=10,
                label="Worth another look",
                meaning=(
                    "Several ideas in this chapter are still settling, which is normal on a first "
                    "read. Reread the page for each statement that does not fit you well yet: one "
                    'you rated "Not true" or "Somewhat true" (for statement 2, "Mostly true" '
                    'or "Very true"). Statements 1 to 4 go with "Dignity, self-determination and '
                    'the dignity of risk", 5 and 6 with "Confidentiality and its limits", 7 with '
                    '"Codes of ethics" and 8 with "A step-by-step ethical decision process".'
                ),
            ),
            Band(
                min=11,
                max=18,
                label="Getting there",
                meaning=(
                    "You have a good start. Find the statements that fit you least well: those "
                    'you rated "Not true" or "Somewhat true" (for statement 2, "Mostly true" '
                    'or "Very true"). Then reread the matching page. Statements 1 to 4 go with '
                    '"Dignity, self-determination and the dignity of risk", 5 and 6 with '
                    '"Confidentiality and its limits", 7 with "Codes of ethics" and 8 with '
                    '"A step-by-step ethical decision process".'
                ),
            ),
            Band(
                min=19,
                max=24,
                label="Ready to move on",
                meaning=(
                    "You feel at home with the main ideas of this chapter. If one statement still "
                    "does not fit you well, skim its page before you go on. Statements 1 to 4 go "
                    'with "Dignity, self-determination and the dignity of risk", 5 and 6 with '
                    '"Confidentiality and its limits", 7 with "Codes of ethics" and 8 with '
                    '"A step-by-step ethical decision process".'
                ),
            ),
        ],
    ),
]
