"""Exercises for Chapter 5, Professional values and ethics."""

from textbook.kit import (
    Band,
    Choice,
    Matching,
    MultipleSelect,
    Option,
    Ordering,
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
                text="Telling Rose the Friday bus is too complicated, so she gives up on the idea",
                feedback=(
                    "No. This is paternalism, and it is also a lie. It takes the choice away from "
                    "Rose without her knowing, and it puts her trust in Daniel at risk."
                ),
            ),
            Option(
                text="Sharing one honest concern, once and calmly, and then leaving the choice with Rose",
                correct=True,
                feedback=(
                    "Yes. Self-determination does not mean staying silent. You can share a concern "
                    "honestly, as long as you do not pressure her and you respect her decision."
                ),
            ),
            Option(
                text="Helping Rose plan the route and a way home, in the way she wants",
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
                text="Talking about the date with a co-worker in front of Rose as if she were not there",
                feedback=(
                    "No. Talking over a person's head is a small act that says a lot. Dignity "
                    "means talking with the person, not about them."
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
                text="Is there any risk that Emilio could get hurt?",
                feedback=(
                    "Not the best question. There is almost always some risk, so this question "
                    'leads straight to "no." The dignity of risk asks how to support the choice, '
                    "not whether risk exists."
                ),
            ),
            Option(
                text="Would his family be comfortable with him using the stove?",
                feedback=(
                    "Not quite. Family views can matter, especially if Emilio wants them involved. "
                    "But he is an adult, and the choice starts with him, not with his family's "
                    "comfort."
                ),
            ),
            Option(
                text="Would it be easier for staff to keep cooking for everyone?",
                feedback=(
                    "No. What is easiest for staff is not an ethical reason to limit a person's "
                    "life. This is one of the common traps the chapter warns about."
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
                        text="Tell her it is too risky for now and offer to keep driving her",
                        next="locked-down",
                        consequence=(
                            'Aaliyah goes quiet. "Okay." Two weeks later, she asks a neighbour '
                            "about the bus and leaves alone on a Sunday without telling anyone. "
                            "She comes home three hours later, soaked and upset. The team adds "
                            "a rule that she must not go out without staff."
                        ),
                    ),
                    Choice(
                        text="Ask her what going alone means to her and what she already knows about the route",
                        next="listen",
                        consequence=(
                            'Aaliyah says, "My friends from class take the bus. I am 29. I do '
                            'not want staff to drive me like a kid." She knows the number of the '
                            "first bus but not where to transfer."
                        ),
                    ),
                    Choice(
                        text='Say "Sure!" and print the bus schedule for her',
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
                        text="Call Denise to ask whether she will allow it",
                        next="mother-decides",
                        consequence=(
                            'Denise says, "Absolutely not." Aaliyah hears your side of the '
                            'call. "Why are you asking my mom? It is my life." Later, you check '
                            "the file. Aaliyah makes her own decisions, and Denise is not her "
                            "substitute decision-maker."
                        ),
                    ),
                    Choice(
                        text="Make a plan with Aaliyah: practise the route, talk through what could go wrong, and check her support plan with your supervisor",
                        next="plan",
                        consequence=(
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
                        text="Drive out and pick her up right away",
                        next="took-over",
                        consequence=(
                            "You find her at the bus shelter, calm and looking at her photos. "
                            "She gets in the car without a word."
                        ),
                    ),
                    Choice(
                        text='Text back: "You have your photos. What does your plan say?" and offer to stay on the phone',
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
                    "Aaliyah is now less safe than before. She still wants to go, so she plans in "
                    "secret, and nobody knows where she is when she goes."
                ),
                debrief=(
                    "Saying no felt protective, but it was paternalism. It did not remove the "
                    "risk; it only removed you from it. A rule that keeps an adult indoors "
                    "takes away her self-determination. Limiting an adult's freedom to come and "
                    "go is a serious step that agency policy and the law control closely; it is "
                    "not a team's call to make because staff are worried. Start again by asking "
                    "what the choice means to her and how you can help her do it safely."
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
                text='"I want to hear it. Most of what you tell me stays private, but if I learn that you or someone else is being hurt, I have to get help. Do you still want to talk?"',
                correct=True,
                feedback=(
                    "Yes. You cannot promise complete secrecy, because some things, such as a "
                    "child who may need protection, must be reported. Explaining the limits first, "
                    "in plain words, is honest and lets Kayla choose what to share."
                ),
            ),
            Option(
                text='"I promise. You can tell me anything."',
                feedback=(
                    "Not this one. If Kayla tells you she is being harmed, you will have to break "
                    "the promise, and she may feel betrayed at the worst possible moment. Never "
                    "promise to keep everything secret."
                ),
            ),
            Option(
                text='"I cannot keep secrets, so you should talk to your parents instead."',
                feedback=(
                    "Not quite. This shuts Kayla out, and her parents may not be safe people for "
                    "her to tell. Explain the limits of confidentiality and stay open to listening."
                ),
            ),
            Option(
                text='"Tell me first, and then I will decide whether I need to tell anyone."',
                feedback=(
                    "Not the best. It sounds open, but it hides the limits from Kayla until after "
                    "she has shared. She deserves to know the rules before she decides what to say."
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
                    "safe as well."
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
    Matching(
        id="ethics-values-in-action",
        title="Match actions to NASW core values",
        objectives=["codes-of-ethics"],
        prompt=("Match each action from front-line work to the NASW core value it shows most clearly."),
        pairs=[
            Pair(
                left="You help a tenant fight an eviction that you believe is unfair",
                right="Social justice",
            ),
            Pair(
                left="You knock, wait and ask before you enter a person's room",
                right="Dignity and worth of the person",
            ),
            Pair(
                left="You help a man reconnect with his brother after years apart",
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
        rationale=(
            "Social justice means working on unfair conditions, such as an unjust eviction. "
            "Knocking before you enter is a small act of respect for a person's dignity and worth. "
            "Helping someone rebuild a relationship reflects the importance of human relationships. "
            "Owning up to a mistake is integrity: being honest even when it is uncomfortable. "
            "Asking for training before a new task is competence, working within what you are "
            "trained to do. Helping a person in need find shelter is service. Real actions often "
            "show more than one value, but each of these shows one most clearly."
        ),
    ),
    MultipleSelect(
        id="ethics-code-facts",
        title="Which statements about ethics codes are true?",
        objectives=["codes-of-ethics"],
        prompt="Which of these statements about codes of ethics are true? Select all that apply.",
        options=[
            Option(
                text="The CASW Code of Ethics launched in 2024 replaced the 2005 code",
                correct=True,
                feedback=(
                    "True. The CASW called it the first major overhaul in more than 20 years. You "
                    "may still see the 2005 code in older materials, so check which one your agency "
                    "uses."
                ),
            ),
            Option(
                text="The 2024 CASW code includes a value on truth and reconciliation",
                correct=True,
                feedback=(
                    "True. It was shaped by the principles of truth and reconciliation, and a "
                    "new value commits the profession to upholding the rights of First Nations, "
                    "Métis and Inuit Peoples."
                ),
            ),
            Option(
                text="A code of ethics tells you exactly what to do in every situation",
                feedback=(
                    "False. A code names the values that matter and guides your judgment, but "
                    "values can clash. You still need to weigh them, consult and decide."
                ),
            ),
            Option(
                text="If a code and an agency policy seem to disagree, you should quietly follow whichever one you prefer",
                feedback=(
                    "False. Do not pick one on your own. Raise the conflict with your supervisor, "
                    "so it can be worked out openly."
                ),
            ),
            Option(
                text="The NASW code's core values include dignity and worth of the person, integrity and competence",
                correct=True,
                feedback=(
                    "True. These three are among its six core values, along with service, social "
                    "justice and the importance of human relationships."
                ),
            ),
            Option(
                text="Only people with a social work licence can learn anything from a social work code of ethics",
                feedback=(
                    "False. Many front-line workers are not social workers, but social work codes "
                    "still describe the values of the wider field. Your employer may also adopt a "
                    "code for your role."
                ),
            ),
        ],
    ),
    Ordering(
        id="ethics-decision-steps",
        title="Order the steps of an ethical decision",
        objectives=["decision-process"],
        prompt=(
            "There is no emergency, but you face a hard choice at work. Put the steps of this "
            "book's ethical decision process in order."
        ),
        items=[
            "Notice the issue",
            "Gather the facts",
            "Name the values and people involved",
            "Consult policy, the code and your supervisor",
            "List options and their consequences",
            "Decide and act",
            "Document and reflect",
        ],
        rationale=(
            "You cannot work through a dilemma until you notice it. Facts come before values, so "
            "that you are weighing what is real, not what you assume. Naming the values and "
            "people shows what is at stake, and consulting brings in policy, the code and your "
            "supervisor before you choose. Listing several options keeps you from grabbing the "
            "first one. Then you decide and act, and finally you write it down and reflect, so "
            "that you and the next worker can learn from it. In an emergency, you act for safety "
            "first and come back to the steps afterward."
        ),
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
