#!/usr/bin/env python3
"""A large, realistic, seeded corpus of help-center articles for benchmarks.

Writes articles in the project's own format (front matter checked by
``helpcenter.articles``) in Simplified Chinese and English, with the same relative
paths in both languages, so that build time, site size and search can be measured at
100-2,000 articles per language::

    python scripts/corpus.py OUT_DIR --count 500 [--seed 1]

writes OUT_DIR/zh/... and OUT_DIR/en/...: a home page, one index.md per category and
``count`` articles per language. The same seed always gives the same files.

So that the tree builds with the project's own hooks, which require the articles named in
data/common_problems.yml, those articles (and the articles they link to) are copied as they
are from docs/ next to the generated ones; their titles are kept out of the generated ones.
English articles carry ``translated_from`` (the hash of their Chinese source, as
``helpcenter.py mark-translated`` writes it), so they count as up-to-date translations.

Every article is assembled from topic-specific sentence pools (causes, steps, tips,
what to prepare, keywords) plus shared category and general sentences, filled in with
per-article details (amounts, times, limits, banks, devices, app menus). Both languages
are built from the same choices, so an article covers the same topic in both.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import posixpath
import random
import re
import shutil
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
PROJECT_DOCS = ROOT / "docs"
COMMON_PROBLEMS_FILE = ROOT / "data" / "common_problems.yml"

# --------------------------------------------------------------------------------------
# Shared vocabulary: app menus and the pools a title's distinguishing detail comes from.
# --------------------------------------------------------------------------------------

# App menus, as a writer shows them in each language (zh in quotes, en in bold).
MENUS = {
    "m_security": ("我的 > 安全中心", "Me > Security center"),
    "m_devices": ("我的 > 安全中心 > 登录设备管理", "Me > Security center > Devices"),
    "m_password": ("我的 > 安全中心 > 修改支付密码", "Me > Security center > Payment password"),
    "m_limits": ("我的 > 安全中心 > 支付限额", "Me > Security center > Payment limits"),
    "m_cards": ("我的 > 银行卡", "Me > Bank cards"),
    "m_history": ("交易记录", "Transaction history"),
    "m_balance": ("钱包 > 余额", "Wallet > Balance"),
    "m_topup": ("钱包 > 充值", "Wallet > Top up"),
    "m_withdraw": ("钱包 > 提现", "Wallet > Withdraw"),
    "m_transfer": ("转账", "Transfer"),
    "m_scan": ("扫一扫", "Scan"),
    "m_paycode": ("付款码", "Pay code"),
    "m_settings": ("我的 > 设置", "Me > Settings"),
    "m_notifications": ("我的 > 设置 > 消息通知", "Me > Settings > Notifications"),
    "m_language": ("我的 > 设置 > 语言", "Me > Settings > Language"),
    "m_autopay": ("我的 > 设置 > 自动扣费", "Me > Settings > Automatic payments"),
    "m_identity": ("我的 > 实名认证", "Me > Identity verification"),
    "m_phone": ("我的 > 账户与安全 > 更换手机号", "Me > Account and security > Change phone number"),
    "m_level": ("我的 > 账户等级", "Me > Account level"),
    "m_help": ("我的 > 帮助与客服", "Me > Help and support"),
    "m_tickets": ("我的 > 帮助与客服 > 我的工单", "Me > Help and support > My cases"),
    "m_statements": ("交易记录 > 开具证明", "Transaction history > Request a statement"),
    "m_rewards": ("我的 > 积分与优惠", "Me > Rewards"),
    "m_coupons": ("我的 > 卡券", "Me > Coupons"),
    "m_invite": ("我的 > 邀请好友", "Me > Invite friends"),
}

# Detail pools: (zh, en as used in an English title, en as used in a sentence).
POOLS = {
    "bank": [
        ("招商银行", "China Merchants Bank"), ("工商银行", "ICBC"), ("建设银行", "China Construction Bank"),
        ("农业银行", "Agricultural Bank of China"), ("中国银行", "Bank of China"),
        ("交通银行", "Bank of Communications"), ("邮储银行", "Postal Savings Bank of China"),
        ("浦发银行", "SPD Bank"), ("中信银行", "China CITIC Bank"), ("民生银行", "China Minsheng Bank"),
        ("兴业银行", "Industrial Bank"), ("平安银行", "Ping An Bank"), ("光大银行", "China Everbright Bank"),
        ("华夏银行", "Hua Xia Bank"), ("广发银行", "China Guangfa Bank"), ("北京银行", "Bank of Beijing"),
        ("上海银行", "Bank of Shanghai"), ("宁波银行", "Bank of Ningbo"),
    ],
    "device": [
        ("iPhone", "an iPhone", "iPhone"), ("安卓手机", "an Android phone", "Android phone"),
        ("华为手机", "a Huawei phone", "Huawei phone"), ("小米手机", "a Xiaomi phone", "Xiaomi phone"),
        ("OPPO 手机", "an OPPO phone", "OPPO phone"), ("vivo 手机", "a vivo phone", "vivo phone"),
        ("荣耀手机", "an Honor phone", "Honor phone"), ("三星手机", "a Samsung phone", "Samsung phone"),
        ("iPad", "an iPad", "iPad"), ("安卓平板", "an Android tablet", "Android tablet"),
        ("新换的手机", "a new phone", "new phone"), ("旧款手机", "an older phone", "older phone"),
        ("鸿蒙系统手机", "a HarmonyOS phone", "HarmonyOS phone"), ("双卡手机", "a dual-SIM phone", "dual-SIM phone"),
    ],
    "place": [
        ("便利店", "a convenience store", "convenience store"), ("超市", "a supermarket", "supermarket"),
        ("加油站", "a petrol station", "petrol station"), ("餐厅", "a restaurant", "restaurant"),
        ("咖啡店", "a coffee shop", "coffee shop"), ("网上商城", "an online store", "online store"),
        ("药店", "a pharmacy", "pharmacy"), ("电影院", "a cinema", "cinema"), ("书店", "a bookshop", "bookshop"),
        ("菜市场", "a market stall", "market stall"), ("停车场", "a car park", "car park"),
        ("酒店", "a hotel", "hotel"), ("机场", "the airport", "airport"),
        ("海外商户", "an overseas merchant", "overseas merchant"),
        ("自动售货机", "a vending machine", "vending machine"), ("健身房", "a gym", "gym"),
    ],
    "when": [
        ("周末", "at the weekend"), ("深夜", "late at night"), ("凌晨", "in the early hours"),
        ("节假日", "on a public holiday"), ("春节期间", "during Chinese New Year"),
        ("国庆假期", "during the National Day holiday"), ("双十一期间", "during the Singles' Day sales"),
        ("月底", "at the end of the month"), ("发薪日", "on payday"), ("系统维护时", "during system maintenance"),
        ("出差途中", "on a business trip"), ("出国旅行时", "while travelling abroad"),
        ("早高峰", "during the morning rush"), ("换新手机后", "after switching phones"),
        ("更新 App 后", "after updating the app"),
    ],
    "person": [
        ("家人", "a family member", "a family member"), ("朋友", "a friend", "a friend"),
        ("同事", "a colleague", "a colleague"), ("房东", "my landlord", "your landlord"),
        ("商家", "a seller", "a seller"), ("室友", "my flatmate", "your flatmate"),
        ("父母", "my parents", "your parents"), ("孩子", "my child", "your child"),
        ("装修师傅", "a contractor", "a contractor"), ("网店卖家", "an online seller", "an online seller"),
        ("新添加的联系人", "a new contact", "a new contact"), ("海外亲友", "a relative abroad", "a relative abroad"),
    ],
    "lure": [
        ("短信", "text message"), ("电话", "phone call"), ("邮件", "e-mail"), ("微信消息", "WeChat message"),
        ("二维码", "QR code"), ("链接", "link"), ("退款电话", "refund call"), ("中奖通知", "prize notification"),
        ("快递理赔电话", "parcel compensation call"), ("客服来电", "call claiming to be support"),
        ("贷款短信", "loan offer text"), ("兼职刷单信息", "online job offer"),
        ("屏幕共享请求", "screen-sharing request"), ("好友借钱消息", "message from a friend asking for money"),
    ],
    "service": [
        ("视频会员", "video streaming membership"), ("音乐会员", "music subscription"),
        ("云存储套餐", "cloud storage plan"), ("外卖会员", "food delivery membership"),
        ("打车会员", "ride-hailing membership"), ("健身月卡", "gym membership"),
        ("电子书会员", "e-book subscription"), ("游戏月卡", "game monthly pass"),
        ("停车月卡", "monthly parking pass"), ("在线课程", "online course plan"),
        ("新闻订阅", "news subscription"), ("网盘会员", "file storage membership"),
        ("共享单车月卡", "bike-sharing pass"),
    ],
    "phone": [
        ("中国移动话费", "China Mobile credit"), ("中国联通话费", "China Unicom credit"),
        ("中国电信话费", "China Telecom credit"), ("中国广电话费", "China Broadnet credit"),
        ("流量包", "a data bundle"), ("国际漫游流量包", "a roaming data pack"),
        ("家人的话费", "credit for a family member"), ("携号转网后的话费", "credit after switching carriers"),
        ("物联网卡流量", "data for an IoT SIM"),
    ],
    "expense": [
        ("买车", "buying a car"), ("装修", "renovating a home"), ("交学费", "paying tuition fees"),
        ("出国旅行", "a trip abroad"), ("办婚礼", "a wedding"), ("交租房押金", "a rent deposit"),
        ("买家电", "buying appliances"), ("支付医疗费用", "medical bills"), ("生意周转", "running a small business"),
        ("年终采购", "year-end shopping"), ("搬家", "moving house"), ("购买机票", "booking flights"),
    ],
    "proof": [
        ("签证申请", "a visa application"), ("报销", "an expense claim"), ("贷款审批", "a loan application"),
        ("租房", "a rental application"), ("个税申报", "a tax return"), ("财务对账", "bookkeeping"),
        ("留学申请", "a study abroad application"), ("公司审计", "a company audit"),
        ("保险理赔", "an insurance claim"), ("法律诉讼", "a legal case"), ("购房", "buying a home"),
        ("公积金提取", "a housing fund withdrawal"),
    ],
}

# Physical places only, for titles such as "I lost my card at ...".
POOLS["venue"] = [p for p in POOLS["place"] if p[0] not in ("网上商城", "海外商户", "自动售货机", "菜市场")]
# Kinds of detail that fill another kind's slot in the templates ({place} for a venue).
FILL_KIND = {"venue": "place"}

# The sentence that ties the body to a title's detail, by kind of detail.
CTX_LINES = {
    "bank": [("以下说明以{bank}卡为例，其他银行的处理方式大致相同。",
              "The examples below use a card from {bank}, but other banks work in much the same way."),
             ("如果您不确定{bank}卡的状态，可以拨打卡片背面的客服电话确认。",
              "If you're not sure about the status of your {bank} card, call the number on the back of the card.")],
    "device": [("下面的操作以{device}为例，其他设备上的菜单名称可能略有不同。",
                "The steps below are based on a typical {device}; menu names may differ slightly on other devices."),
               ("请先确认您的{device}上安装的是最新版本的 Lumi 钱包。",
                "First make sure the latest version of Lumi Wallet is installed on your {device}.")],
    "place": [("在{place}付款时，请以收银台或商户系统显示的结果为准，同时核对 App 里的交易记录。",
               "When paying at the {place}, go by what the till or merchant system shows, and check it against "
               "the transaction history in the app."),
              ("在{place}这类场景中，网络信号和收银设备都可能影响结果。",
               "At places like the {place}, both the mobile signal and the checkout equipment can affect the result.")],
    "when": [("如果问题发生在{when}，请记下大致时间，方便核对交易记录。",
              "If this happened {when}, note down roughly when – it makes checking your transaction history easier.")],
    "person": [("如果收款人是{person}，建议先通过电话或消息确认对方的账户信息。",
                "If you're paying {person}, check their account details with them by phone or message first.")],
    "lure": [("如果您收到的是可疑的{detail}，请不要回复，也不要按照其中的要求操作。",
              "If what you received is a suspicious {detail}, don't reply and don't do what it asks.")],
    "service": [("下面以{detail}为例说明，其他自动续费服务的操作方法相同。",
                 "The steps below use your {detail} as the example; other subscriptions work the same way.")],
    "phone": [("本文以{detail}为例，流量和话费的处理方式相同。",
               "This article uses {detail} as the example; data and credit work the same way.")],
    "expense": [("如果是为了{detail}，可以在申请临时提额时选择对应的用途。",
                 "If it's for {detail}, choose that purpose when you request a temporary increase.")],
    "proof": [("用于{detail}时，请先确认对方机构对证明格式的要求。",
               "For {detail}, check first what format the organisation needs.")],
}

CTX_LINES["venue"] = CTX_LINES["place"]  # a venue fills {place}

# --------------------------------------------------------------------------------------
# Headings and sentences every category shares.
# --------------------------------------------------------------------------------------

HEAD_INTRO = [("先了解一下情况", "First, a quick overview"), ("这是怎么回事", "What's going on"),
              ("先别着急", "Don't panic"), ("先确认您遇到的情况", "First, check what you're seeing"),
              ("问题概述", "Overview")]
HEAD_CAUSES = [("常见原因", "Common causes"), ("可能的原因", "Possible reasons"),
               ("为什么会出现这种情况", "Why this happens"), ("先排查这几个原因", "Check these causes first")]
HEAD_STEPS = [("处理步骤", "What to do, step by step"), ("解决方法", "How to fix it"),
              ("按以下步骤操作", "Follow these steps"), ("自己动手解决", "Sorting it out yourself")]
HEAD_TIPS = [("如何避免再次发生", "How to avoid this next time"), ("日常使用建议", "Good habits"),
             ("预防小建议", "Preventing it in future")]
HEAD_CONTACT = [("还是没解决？", "Still not sorted?"), ("联系客服前请准备", "Before you contact support"),
                ("需要人工帮助时", "When you need a person"), ("相关帮助", "More help")]

CAUSE_LEADS = [("出现这种情况，通常是以下原因之一：", "This usually comes down to one of the following:"),
               ("根据我们处理过的案例，最常见的原因有：", "From the cases we handle, the most common causes are:"),
               ("请对照下面几种情况逐一检查：", "Check the situations below one by one:")]
FACT_LEADS = [("具体说明如下：", "Here's how it works:"), ("请根据您的情况参考下面的说明：",
                                                          "Find your situation below:"),
              ("主要有以下几种情况：", "There are a few cases to know about:")]
STEP_LEADS = [("大多数情况下，按下面的步骤操作就能解决：", "In most cases, these steps sort it out:"),
              ("请按顺序完成以下操作：", "Work through these steps in order:"),
              ("整个过程只需要几分钟：", "It only takes a few minutes:")]
STEP_FINAL = [("仍未解决时，联系客服并说明您已经尝试过的操作。",
               "If it's still not sorted, contact support and tell us what you've already tried."),
              ("如果以上步骤都试过仍然不行，请联系客服，我们会帮您进一步排查。",
               "If none of this works, contact support and we'll look into it further.")]
CONTACT_PREP = [("联系客服时，请准备好{prep}，这样我们可以更快帮您查到问题。",
                 "When you contact support, please have ready: {prep}. That way we can find the problem faster."),
                ("为了尽快为您处理，请提前准备{prep}。",
                 "To help us sort this out quickly, please have the following ready: {prep}."),
                ("如果需要我们帮忙，请先准备好{prep}。",
                 "If you need our help, have these to hand first: {prep}.")]
CONTACT_CLOSE = [("本页下方列出了适合这个问题的联系方式。",
                  "The best ways to reach us about this are listed at the bottom of this page."),
                 ("联系方式见本页下方，我们会尽快为您处理。",
                  "You'll find how to reach us at the bottom of this page, and we'll get on to it quickly."),
                 ("您可以通过本页下方的任一渠道联系我们。",
                  "You can reach us through any of the channels at the bottom of this page.")]
LINK_INLINE = [("如果您遇到的是另一种情况，请参阅[{t}]({h})。", "If your situation is different, see [{t}]({h})."),
               ("相关问题可以参考[{t}]({h})。", "For a related problem, see [{t}]({h})."),
               ("另外，[{t}]({h})一文也许对您有帮助。", "You may also find [{t}]({h}) helpful."),
               ("想了解更多，可以阅读[{t}]({h})。", "To find out more, read [{t}]({h}).")]
LINK_LIST_LEADS = [("您可能还想了解：", "You may also want to read:"), ("相关文章：", "Related articles:"),
                   ("下面的文章也许能帮到您：", "These articles may also help:")]
MORE_CAUSE = ("此外，{label}也可能导致这个问题：{text}", "One more possibility – {label}: {text}")
MORE_FACT = ("另外，关于{label}：{text}", "{label}: {text}")

GENERIC_TIPS = [("定期检查交易记录，发现异常及时处理。", "Check your transaction history regularly and act quickly on anything odd."),
                ("保持 App 为最新版本。", "Keep the app up to date."),
                ("不要把验证码告诉任何人，包括自称客服的人。", "Never tell anyone your verification codes, even someone claiming to be support."),
                ("在{m_notifications}中开启交易提醒。", "Turn on transaction alerts in {m_notifications}.")]

GLOBAL_PADS = [
    ("Lumi 钱包不会以任何理由要求您提供登录密码、支付密码或短信验证码。",
     "Lumi Wallet will never ask for your sign-in password, payment password or SMS codes, for any reason."),
    ("所有交易都可以在{m_history}中查看，每笔记录都有唯一的交易单号。",
     "Every transaction appears in {m_history}, and each record has its own transaction number."),
    ("遇到问题时，先截图保存页面上的提示信息，之后无论是自己排查还是联系客服都会用到。",
     "When something goes wrong, take a screenshot of any message on screen first – you'll need it whether "
     "you sort it out yourself or contact support."),
    ("网络不稳定时，页面显示的状态可能有延迟，请以交易记录中的最终状态为准。",
     "When the connection is unstable, the status on screen can lag behind; the final status in your "
     "transaction history is what counts."),
    ("请保持 App 为最新版本，新版本通常包含问题修复和安全改进。",
     "Keep the app up to date – new versions usually include bug fixes and security improvements."),
    ("如果您在{clock}左右操作过，可以在交易记录中按时间筛选，更快找到对应的记录。",
     "If you did this at around {clock}, filter your transaction history by time to find the record faster."),
    ("我们的风控系统全天候运行，发现异常时会暂停相关操作，以保护您的资金安全。",
     "Our risk-control system runs around the clock and pauses activity that looks unusual, to keep your money safe."),
    ("处理期间资金不会丢失，您无需重复操作。",
     "Your money isn't lost while this is being processed, and there's no need to repeat the action."),
    ("请不要相信任何自称客服、要求您转账到“安全账户”的电话或短信。",
     "Don't trust any call or message from someone claiming to be support who asks you to move money to a "
     "\"safe account\"."),
    ("如需帮助，也可以在{m_help}中查看常见问题或提交反馈。",
     "If you need help, you can also browse common questions or send feedback in {m_help}."),
    ("多数问题都会在{hours}内处理完毕，特殊情况下可能需要更长时间。",
     "Most problems are resolved within {hours}, although unusual cases can take longer."),
    ("为保护隐私，客服只能查询与您本人账户相关的信息。",
     "To protect your privacy, support can only look up information about your own account."),
    ("如果您同时使用多台设备，请确认每台设备上的 App 都已更新，并且只保留常用设备的登录状态。",
     "If you use more than one device, make sure the app is up to date on each, and stay signed in only on "
     "the ones you use regularly."),
    ("银行和 Lumi 钱包之间的数据同步偶尔会有延迟，通常稍等片刻即可恢复正常。",
     "Data between your bank and Lumi Wallet occasionally takes a little while to sync; usually a short wait "
     "is all it takes."),
    ("建议开启交易通知，每笔资金变动都会第一时间提醒您。",
     "We recommend turning on transaction notifications so that you're told straight away about every "
     "movement of money."),
    ("在公共 Wi-Fi 下进行付款或转账存在一定风险，建议使用移动数据网络。",
     "Paying or transferring money over public Wi-Fi carries some risk; mobile data is the safer choice."),
    ("我们会通过 App 消息和短信告知处理结果，请留意查收。",
     "We'll let you know the outcome through an in-app message and a text, so keep an eye out for them."),
    ("如果页面提示“系统繁忙”，通常是短时间内请求较多，过几分钟再试即可。",
     "If you see \"System busy\", there are simply a lot of requests at the moment; try again in a few minutes."),
    ("每一笔退回或撤销的款项，都会在交易记录中生成一条新的记录。",
     "Every refund or reversal shows up as a new entry in your transaction history."),
    ("请勿将手机借给他人使用 Lumi 钱包，也不要把验证码告诉任何人。",
     "Don't lend your phone to others to use Lumi Wallet, and never tell anyone your verification codes."),
    ("如果您的身份信息发生了变化，例如更换了证件，请及时在{m_identity}中更新。",
     "If your personal details have changed – for example you've got a new ID document – update them in "
     "{m_identity} promptly."),
    ("文中提到的处理时间均以北京时间为准。", "All the processing times mentioned here are in Beijing time."),
    ("节假日期间，涉及银行的业务可能顺延到下一个工作日处理。",
     "On public holidays, anything that involves a bank may be pushed to the next business day."),
    ("截图时请保留完整的页面，包括时间、金额和提示文字。",
     "When you take a screenshot, keep the whole screen in it, including the time, the amount and any message."),
    ("同一问题请不要重复提交多个工单，以免影响处理进度。",
     "Please don't open several cases for the same problem – it slows things down."),
    ("您的每一次反馈都会被记录，帮助我们不断改进产品。",
     "We record all feedback, and it helps us keep improving the app."),
    ("请注意核对金额的小数点和单位，避免因输入错误造成损失。",
     "Double-check the decimal point and the amount before confirming, so a typo doesn't cost you money."),
    ("Lumi 钱包的资金由合作银行存管，与公司自有资金严格分开。",
     "Money in Lumi Wallet is held with our partner banks and kept strictly separate from the company's own funds."),
    ("遇到任何不确定的情况，宁可先暂停操作，再向我们确认。",
     "If you're ever unsure, it's better to stop and check with us first."),
    ("您的个人信息受到严格保护，我们不会在未经同意的情况下提供给第三方。",
     "Your personal information is strictly protected and never shared with third parties without your consent."),
    ("如果您使用的是{device}，建议同时开启系统自带的查找设备功能，以防手机丢失。",
     "On your {device}, turn on the built-in find-my-device feature as well, in case the phone is lost."),
    ("大部分常见问题都可以在 App 内自助解决，无需等待人工处理。",
     "Most common problems can be solved yourself in the app, without waiting for a person."),
    ("如果您正在国外旅行，请留意当地时间与北京时间的差异，以免误判处理进度。",
     "If you're travelling abroad, bear in mind the time difference with Beijing so you don't misjudge how long something has taken."),
    ("短信验证码只用于本次操作，请勿转发或截图分享。",
     "A verification code is only valid for the current action, so never forward it or share a screenshot of it."),
    ("我们定期进行系统升级，维护公告会提前在 App 首页发布。",
     "We upgrade our systems regularly and announce maintenance windows on the app's home screen in advance."),
    ("如果您对某笔费用有疑问，可以在交易详情中查看收费明细。",
     "If you're unsure about a fee, the transaction details show exactly how it was calculated."),
    ("App 中的金额均以人民币显示，海外消费会按当日汇率折算。",
     "All amounts in the app are shown in yuan; spending abroad is converted at that day's exchange rate."),
    ("请确认手机的日期和时间设置为自动，时间不准确可能导致验证失败。",
     "Make sure your phone's date and time are set automatically – an inaccurate clock can make verification fail."),
    ("重要操作完成后，建议退出登录并锁定手机屏幕。",
     "After anything important, it's a good idea to sign out and lock your phone's screen."),
    ("如遇紧急情况，您可以先冻结账户，待问题查明后再解冻。",
     "In an emergency you can freeze your account first and unfreeze it once the problem has been cleared up."),
    ("家中长辈使用 Lumi 钱包时，建议为他们开启长辈模式并设置较低的限额。",
     "When older relatives use Lumi Wallet, consider turning on simple mode for them and setting lower limits."),
    ("请勿在来源不明的网站上输入您的 Lumi 钱包账号信息。",
     "Never enter your Lumi Wallet details on websites you don't trust."),
    ("处理结果出来后，您会在消息中心看到详细说明和后续建议。",
     "When there's an outcome, the message center shows a detailed explanation and any next steps."),
    ("建议每隔几个月检查一次绑定的银行卡、手机号和邮箱是否仍在使用。",
     "Every few months, check that your linked cards, phone number and e-mail address are all still in use."),
    ("大额资金往来请尽量在白天进行，遇到问题时更容易及时联系到银行。",
     "Move large sums during the day where possible; if something goes wrong, banks are easier to reach."),
    ("如果您的问题涉及多笔交易，请逐笔列出时间和金额，方便我们核对。",
     "If your problem involves several transactions, list the time and amount of each one so we can match them up."),
    ("部分功能可能因地区或账户等级不同而有所差异。", "Some features vary by region or account level."),
    ("遇到页面卡顿时，可以尝试切换网络或重新打开 App。", "If a screen freezes, try switching networks or reopening the app."),
    ("客服工作人员会主动告知工号，您可以据此核实对方身份。",
     "Support staff will tell you their staff number, which you can use to check who you're talking to."),
    ("App 内的消息和通知会保留 90 天，之后自动清除。",
     "Messages and notifications in the app are kept for 90 days and then cleared automatically."),
    ("我们持续优化风控规则，尽量减少对正常交易的打扰。",
     "We keep refining our risk rules so that they interfere with genuine payments as little as possible."),
    ("如果问题反复出现，请记录每次发生的时间和操作步骤，这对排查非常有帮助。",
     "If the problem keeps coming back, write down when it happens and what you were doing each time – it helps a great "
     "deal with troubleshooting."),
    ("您可以随时在{m_history}中按类型、金额或时间筛选交易。",
     "You can filter transactions by type, amount or date at any time in {m_history}."),
    ("涉及资金安全的问题，我们会优先处理。", "Anything that puts your money at risk is handled as a priority."),
]

GLOBAL_ADMONITIONS = [
    ("tip", "小提示", "Tip", "截图时请保留完整页面，包括时间、金额和提示文字，这能大大加快处理速度。",
     "Keep the whole screen in your screenshots, including the time, amount and message – it speeds things up a lot."),
    ("warning", "谨防诈骗", "Beware of scams",
     "Lumi 钱包工作人员不会索要您的密码或验证码，也不会要求您转账到任何“安全账户”。",
     "Lumi Wallet staff will never ask for your password or codes, or tell you to move money to a "
     "\"safe account\"."),
    ("note", "关于处理时间", "About processing times", "文中的时间均为北京时间，节假日可能顺延。",
     "All times are Beijing time and may be longer around public holidays."),
    ("tip", "开启交易提醒", "Turn on alerts", "在{m_notifications}中开启交易提醒，每笔资金变动都会及时通知您。",
     "Turn on transaction alerts in {m_notifications} to hear about every movement of money straight away."),
]

# --------------------------------------------------------------------------------------
# Categories: their index page, shared sentences, a table and an admonition.
# A table is (heading, lead, header row, rows); cells are separated by " | ".
# --------------------------------------------------------------------------------------

CATEGORIES = [
    dict(slug="account", name=("账户与登录", "Account and sign-in"),
         desc=("登录问题、找回密码、更换手机号与实名认证的常见问题解答。",
               "Answers about signing in, resetting passwords, changing your phone number and identity verification."),
         intro=("登录不了、忘记密码或者需要更新账户信息？下面的文章会一步步带您解决。",
                "Can't sign in, forgot your password or need to update your details? These articles walk you through it."),
         pads=[("登录密码需要至少 8 位，并同时包含字母和数字。",
                "Sign-in passwords need at least 8 characters, with both letters and numbers."),
               ("首次在新设备上登录时，除了密码，还需要输入短信验证码。",
                "The first time you sign in on a new device, you'll need an SMS code as well as your password."),
               ("连续输错密码 {tries} 次后，账户会锁定 30 分钟。",
                "After {tries} wrong passwords in a row, the account is locked for 30 minutes."),
               ("您可以在{m_devices}中查看最近 30 天的登录记录。",
                "You can see the last 30 days of sign-ins in {m_devices}."),
               ("同一个账户最多可以同时在 3 台设备上保持登录。",
                "You can stay signed in on up to 3 devices at once."),
               ("如果您长时间不操作，App 会在 {minutes}后自动退出登录。",
                "If you're inactive for a while, the app signs you out after {minutes}."),
               ("注册满 30 天后，您可以修改昵称和头像。", "Once your account is 30 days old you can change your nickname and profile picture."),
               ("如果多人共用一台手机，请为每个人注册独立的账户。", "If several people share a phone, each of them should register their own account.")],
         table=(("验证方式一览", "Ways to verify"),
                ("不同的验证方式适用的情况和所需时间不同：",
                 "Each way of verifying suits different situations and takes a different amount of time:"),
                ("验证方式 | 适用情况 | 大约用时", "Method | When to use it | Time needed"),
                [("短信验证码 | 原手机号可以正常使用 | 1 分钟内", "SMS code | Your phone number still works | Under a minute"),
                 ("邮箱验证 | 绑定过邮箱 | {minutes}内", "E-mail | You've linked an e-mail | Within {minutes}"),
                 ("人脸识别 | 已完成实名认证 | 2 分钟内", "Face recognition | You're verified | Under 2 minutes"),
                 ("人工审核 | 手机号和邮箱都不可用 | {days}", "Manual review | Neither phone nor e-mail works | {days}")]),
         adm=("tip", "记不住密码？", "Can't remember passwords?", "可以开启指纹或面容登录，既安全又方便。",
              "Turn on fingerprint or face sign-in – it's both safe and convenient.")),
    dict(slug="security", name=("账户安全", "Security"),
         desc=("陌生登录、可疑交易、诈骗识别与支付密码等账户安全问题。",
               "Unknown sign-ins, suspicious payments, spotting scams and payment passwords."),
         intro=("发现账户有异常、收到可疑消息，或者想让账户更安全？从这里开始。",
                "Something odd on your account, a suspicious message, or just want to be safer? Start here."),
         pads=[("两步验证开启后，在新设备上登录需要额外的验证码。",
                "With two-step verification on, signing in on a new device needs an extra code."),
               ("我们会实时识别可疑交易，必要时向您发送确认短信。",
                "We watch for suspicious activity in real time and may text you to confirm a payment."),
               ("冻结账户后，付款、转账和提现都会暂停，但您仍可以登录查看余额。",
                "Once frozen, payments, transfers and withdrawals stop, but you can still sign in and see your balance."),
               ("解冻账户需要完成人脸识别或联系客服核实身份。",
                "To unfreeze the account, complete face recognition or contact support to confirm who you are."),
               ("我们的官方短信只来自 106 开头的号码，不会包含陌生网址。",
                "Our official texts only come from numbers starting with 106 and never contain unfamiliar links."),
               ("因账户被盗造成的损失，经核实后可以申请安全保障赔付。",
                "Losses from a stolen account can be covered by our security guarantee once we've confirmed what happened."),
               ("安全中心会定期给出账户安全评分和改进建议。", "The security center regularly gives your account a security score with suggestions for improving it."),
               ("更换手机前，请先在旧手机上退出登录并关闭免密支付。", "Before switching phones, sign out on the old one and turn off password-free payments.")],
         table=(("安全设置建议", "Recommended security settings"),
                ("建议至少完成以下设置：", "We recommend at least these settings:"),
                ("设置项 | 建议 | 位置", "Setting | Recommendation | Where"),
                [("两步验证 | 开启 | 安全中心", "Two-step verification | On | Security center"),
                 ("新设备登录提醒 | 开启 | 安全中心", "New-device alerts | On | Security center"),
                 ("小额免密支付 | 不超过 {amount_small} | 支付设置", "Password-free payments | Up to {amount_small} | Payment settings"),
                 ("交易短信提醒 | 开启 | 消息通知", "Transaction texts | On | Notifications"),
                 ("支付密码 | 每半年更换 | 安全中心", "Payment password | Change every six months | Security center")]),
         adm=("warning", "发现异常请立即冻结", "Freeze first if something looks wrong",
              "在{m_security}中点击“冻结账户”，可以立即暂停所有付款和转账。",
              "Tap **Freeze account** in {m_security} to stop all payments and transfers at once.")),
    dict(slug="payments", name=("付款", "Payments"),
         desc=("付款失败、重复扣款、退款到账和扫码付款等问题的处理方法。",
               "What to do about failed payments, double charges, refunds and QR code payments."),
         intro=("付款没成功、被扣了两次，或者退款迟迟不到？下面的文章介绍了常见原因和处理步骤。",
                "Payment didn't go through, charged twice, or waiting on a refund? These articles explain the causes and what to do."),
         pads=[("每笔付款都会生成唯一的交易单号，可在交易详情中复制。",
                "Every payment gets its own transaction number, which you can copy from the details page."),
               ("付款成功后，商户会立即收到通知，您也会收到 App 消息。",
                "When a payment succeeds, the merchant is told immediately and you get an in-app message."),
               ("如果付款时网络中断，请以交易记录中的状态为准，不要凭页面提示重复付款。",
                "If the connection drops while paying, go by the status in your history rather than paying again "
                "because of what the screen says."),
               ("部分商户支持先用后付，具体以付款页面的显示为准。",
                "Some merchants offer pay later; the payment screen shows whether it's available."),
               ("余额和银行卡可以组合付款，不足部分会自动从银行卡扣除。",
                "You can combine balance and card, with any shortfall taken from the card automatically."),
               ("在{place}等线下场景付款时，请确认收银员已经收到到账提示。",
                "When paying in person, such as at the {place}, make sure the cashier has seen the payment confirmation."),
               ("付款前请核对商户名称，确认与您要付款的商家一致。", "Before paying, check the merchant name matches the business you mean to pay."),
               ("海外消费可能产生货币转换费，具体以付款页面显示为准。", "Spending abroad may carry a currency conversion fee, shown on the payment screen.")],
         table=(("常见错误提示", "Common error messages"),
                ("下表列出了付款时最常见的提示及含义：", "These are the messages you're most likely to see when paying:"),
                ("错误提示 | 含义 | 建议操作", "Message | Meaning | What to do"),
                [("余额不足 | 余额低于付款金额 | 充值或换卡", "Insufficient balance | Your balance is lower than the amount | Top up or use a card"),
                 ("超出单笔限额 | 金额超过 {limit_single} | 分开支付", "Single-payment limit exceeded | Over {limit_single} | Split the payment"),
                 ("银行卡验证失败 | 验证码或卡片信息有误 | 核对后重试", "Card verification failed | Code or card details wrong | Check and retry"),
                 ("发卡行拒绝 | 银行拦截了交易 | 联系发卡行", "Declined by issuer | Your bank blocked it | Call your bank"),
                 ("系统繁忙 | 请求过多 | 几分钟后再试", "System busy | Too many requests | Try again in a few minutes")]),
         adm=("warning", "避免重复扣款", "Avoid double charges",
              "付款页面没有响应时，请勿连续点击付款。先查看交易记录，确认结果后再决定是否重试。",
              "If the payment screen stops responding, don't keep tapping Pay. Check your history first, then decide "
              "whether to try again.")),
    dict(slug="transfers", name=("转账", "Transfers"),
         desc=("转账失败、转错账、到账延迟以及转账到银行卡的说明。",
               "Failed transfers, money sent to the wrong person, delays and sending money to a bank card."),
         intro=("给别人转账遇到问题？这里有转账失败、转错人和到账时间的详细说明。",
                "Trouble sending money? Here's help with failed transfers, wrong recipients and arrival times."),
         pads=[("转账给 Lumi 钱包用户时，会显示对方实名信息中的姓氏，方便您核对。",
                "When you pay another Lumi Wallet user, the surname on their verified name is shown so you can check it."),
               ("开启延时到账后，您可以在到账前撤销转账。",
                "With delayed transfers on, you can cancel before the money arrives."),
               ("转账记录可以导出，作为付款凭证使用。", "Transfer records can be exported and used as proof of payment."),
               ("向陌生人转账前，请务必确认对方身份。", "Always confirm who someone is before sending them money."),
               ("转账备注会同时显示给收款人，请不要填写敏感信息。",
                "The recipient sees your transfer note, so don't put anything sensitive in it."),
               ("大额转账可能需要人脸识别，这是为了确认是您本人在操作。",
                "Large transfers may ask for face recognition, to make sure it's really you."),
               ("转账成功后，收款人会立即收到到账通知。", "As soon as a transfer succeeds, the recipient is notified."),
               ("您可以为常用收款人设置备注名，避免转错人。", "Give regular recipients a nickname so you don't pick the wrong person.")],
         table=(("到账时间和费用", "Arrival times and fees"),
                ("不同到账方式的时间和费用如下：", "How long each speed takes and what it costs:"),
                ("到账方式 | 到账时间 | 手续费", "Speed | Arrives | Fee"),
                [("转到 Lumi 钱包账户 | 实时 | 免费", "To a Lumi Wallet account | Instantly | Free"),
                 ("实时到账 | 2 小时内 | 超出免费额度收取 {fee_rate}", "Instant to bank card | Within 2 hours | {fee_rate} above free allowance"),
                 ("普通到账 | 下一个工作日 | 同上", "Standard to bank card | Next business day | Same as above"),
                 ("延时到账 | {hours}后 | 免费", "Delayed | After {hours} | Free")]),
         adm=("tip", "先转一小笔试试", "Try a small amount first",
              "第一次给某人转账时，可以先转 1 元，确认对方收到后再转剩余金额。",
              "The first time you pay someone, send ¥1 and check it arrived before sending the rest.")),
    dict(slug="cards", name=("银行卡", "Bank cards"),
         desc=("银行卡被拒、绑卡失败、解绑银行卡和卡片丢失的处理方法。",
               "Declined cards, adding and removing cards, and what to do when a card is lost."),
         intro=("绑卡、用卡时遇到问题，或者银行卡丢了？下面的文章告诉您怎么处理。",
                "Problems adding or using a card, or lost one? These articles tell you what to do."),
         pads=[("每个账户最多可以绑定 10 张本人名下的银行卡。", "You can link up to 10 cards in your own name."),
               ("绑卡时填写的手机号必须与银行预留的一致。",
                "The phone number you enter when adding a card must match the one your bank holds."),
               ("{bank}、{bank2}等主流银行都支持快捷支付。", "Major banks such as {bank} and {bank2} support quick payments."),
               ("信用卡可以用于付款，但不能用于充值和提现。", "Credit cards can be used to pay, but not to top up or withdraw."),
               ("卡片信息经过加密存储，页面上只显示卡号后四位。",
                "Card details are stored encrypted, and only the last four digits are ever shown."),
               ("银行卡到期后，银行通常会寄送新卡，卡号可能发生变化。",
                "When a card expires your bank usually sends a new one, possibly with a new number."),
               ("绑定银行卡时，我们会向银行验证卡片信息，但不会扣取任何费用。", "When you add a card we check its details with the bank, without charging anything."),
               ("您可以为每张卡设置默认用途，例如优先用于付款或提现。", "You can set a default use for each card, such as paying or withdrawing.")],
         table=(("卡片状态说明", "Card statuses"),
                ("在银行卡页面可以看到每张卡的状态：", "The bank cards page shows a status for each card:"),
                ("状态 | 能否付款 | 说明", "Status | Can pay? | What it means"),
                [("正常 | 能 | 可用于付款、充值和提现", "Active | Yes | Can pay, top up and withdraw"),
                 ("待验证 | 否 | 需要完成短信验证", "Awaiting verification | No | Needs an SMS check"),
                 ("已暂停 | 否 | 您手动暂停了这张卡", "Paused | No | You paused this card"),
                 ("已过期 | 否 | 请添加新卡", "Expired | No | Add your new card"),
                 ("银行限制 | 否 | 请联系发卡行", "Restricted by bank | No | Contact your bank")]),
         adm=("tip", "保留两张可用的卡", "Keep a spare card",
              "绑定两张不同银行的卡片，一张出问题时可以立即换用另一张。",
              "Link cards from two different banks so you can switch if one has a problem.")),
    dict(slug="top-up", name=("充值与缴费", "Top-up and bills"),
         desc=("充值失败、充值未到账、充值方式、话费充值和生活缴费的常见问题。",
               "Failed or missing top-ups, ways to top up, buying phone credit and paying household bills."),
         intro=("往钱包里充钱遇到问题？这里介绍了充值方式、到账时间和失败后的处理办法。",
                "Trouble adding money? Here are the ways to top up, how long it takes and what to do if it fails."),
         pads=[("充值不收取手续费。", "Topping up is free."),
               ("充值成功后，余额一般在几秒内更新。", "After a successful top-up, your balance usually updates within seconds."),
               ("每日充值上限为 {limit_daily}，同时以银行限额为准。",
                "You can top up to {limit_daily} a day, subject to your bank's limits."),
               ("余额可以随时提现到本人银行卡。", "Your balance can be withdrawn to your own card at any time."),
               ("自动充值可以设置触发金额和每次充值的金额。",
                "Auto top-up lets you set both the trigger balance and how much to add each time."),
               ("充值记录会单独显示在{m_balance}的明细中。", "Top-ups are listed separately in the {m_balance} details."),
               ("充值到账后，可以立即用于付款和转账。", "Once a top-up arrives, you can use it straight away to pay or transfer."),
               ("部分银行在月初会调整快捷支付限额，请留意银行通知。", "Some banks adjust quick payment limits at the start of the month, so watch for notices from yours.")],
         table=(("充值方式对比", "Top-up methods compared"),
                ("各种充值方式的区别如下：", "Here's how the top-up methods compare:"),
                ("充值方式 | 到账时间 | 单笔上限", "Method | Arrives | Per top-up"),
                [("快捷充值 | 实时 | {limit_single}", "Quick top-up | Instantly | {limit_single}"),
                 ("网银充值 | {minutes}内 | 以银行为准", "Online banking | Within {minutes} | Set by your bank"),
                 ("自动充值 | 实时 | {amount}", "Auto top-up | Instantly | {amount}"),
                 ("他人转入 | 实时 | {limit_daily}", "From someone else | Instantly | {limit_daily}")]),
         adm=("note", "信用卡不能充值", "Credit cards can't be used", "根据监管要求，余额充值只支持借记卡。",
              "Regulations only allow topping up your balance with a debit card.")),
    dict(slug="withdrawals", name=("提现", "Withdrawals"),
         desc=("提现到账时间、手续费、提现失败和余额冻结的说明。",
               "Withdrawal times and fees, failed withdrawals and frozen balances."),
         intro=("想把余额提到银行卡，或者提现遇到了问题？下面的文章可以帮您。",
                "Moving your balance to a bank card, or having trouble doing so? These articles can help."),
         pads=[("提现只能转入本人名下的借记卡。", "You can only withdraw to a debit card in your own name."),
               ("每月 1 日会重置免费提现额度。", "Your free withdrawal allowance resets on the 1st of each month."),
               ("提现提交后无法撤销，请仔细核对金额和银行卡。",
                "Withdrawals can't be cancelled once submitted, so check the amount and card carefully."),
               ("节假日提交的普通提现会在节后第一个工作日处理。",
                "Standard withdrawals submitted on holidays are processed on the first business day after."),
               ("单日提现上限为 {limit_daily}。", "You can withdraw up to {limit_daily} a day."),
               ("您可以在{m_withdraw}中查看最近一年的提现记录。", "You can see a year of withdrawal records in {m_withdraw}."),
               ("提现到账后，银行一般会发送入账短信。", "When a withdrawal arrives, your bank usually sends a text.")],
         table=(("提现方式一览", "Withdrawal options"),
                ("提现方式和费用如下：", "The options and their costs:"),
                ("提现方式 | 到账时间 | 手续费", "Option | Arrives | Fee"),
                [("实时到账 | 2 小时内 | 超出 {free_quota} 的部分收取 {fee_rate}", "Instant | Within 2 hours | {fee_rate} above {free_quota}"),
                 ("普通到账 | {days} | 同上", "Standard | {days} | Same as above"),
                 ("退款资金提现 | 同上 | 免费", "Withdrawing refunds | Same as above | Free"),
                 ("活动奖励提现 | 同上 | 免费", "Withdrawing rewards | Same as above | Free")]),
         adm=("note", "到账时间以银行为准", "Your bank has the final say",
              "资金从我们这里发出后，入账时间由收款银行决定。",
              "Once the money leaves us, when it shows up depends on your bank.")),
    dict(slug="merchants", name=("商户与订单", "Merchants and orders"),
         desc=("向商家申请退款、交易争议、自动续费和看不懂的商户名称。",
               "Refunds from merchants, disputes, subscriptions and unfamiliar merchant names."),
         intro=("和商家之间的付款、退款或订单有问题？下面的文章介绍了您的选择。",
                "A problem with a merchant, a refund or an order? These articles explain your options."),
         pads=[("商户入驻 Lumi 钱包时都经过资质审核。", "Every merchant on Lumi Wallet has been checked before joining."),
               ("平台介入后，我们会同时联系您和商户，了解双方情况。",
                "Once we step in, we contact both you and the merchant to hear each side."),
               ("争议处理期间，相关款项会被暂时冻结。", "While a dispute is open, the money involved is held."),
               ("大多数商户会在 {days}内处理退款申请。", "Most merchants handle refund requests within {days}."),
               ("您可以在交易详情页直接查看商户的联系方式。", "The merchant's contact details are on the transaction details page."),
               ("部分商户支持在 App 内直接在线沟通。", "Some merchants can be messaged directly in the app."),
               ("如果商户已停止营业，我们会协助您处理未完成的退款。", "If a merchant has closed down, we'll help you with any refunds still outstanding.")],
         table=(("退款到账时间", "Refund times"),
                ("退款到账时间取决于原来的付款方式：", "How long a refund takes depends on how you paid:"),
                ("退款方式 | 到账时间", "Refund to | Arrives"),
                [("余额 | 实时", "Balance | Instantly"), ("借记卡 | {days}", "Debit card | {days}"),
                 ("信用卡 | {days}，以账单为准", "Credit card | {days}, check your statement"),
                 ("海外银行卡 | 7–15 个工作日", "Overseas card | 7–15 business days")]),
         adm=("tip", "保留好凭证", "Keep your receipts", "小票、订单截图和聊天记录是处理纠纷时最有力的证据。",
              "Receipts, order screenshots and messages are your best evidence in a dispute.")),
    dict(slug="rewards", name=("积分与优惠", "Rewards and offers"),
         desc=("积分、优惠券、返现和邀请奖励的规则与常见问题。",
               "Rules and common questions about points, coupons, cashback and referral rewards."),
         intro=("积分没到账、优惠券用不了，或者想了解奖励规则？看看下面的文章。",
                "Points missing, coupon not working, or curious about the rules? Have a look below."),
         pads=[("积分可以在{m_rewards}中兑换优惠券或抵扣消费。",
                "Points can be exchanged for coupons or used towards payments in {m_rewards}."),
               ("发生退款时，对应的积分和返现会被扣回。", "If a payment is refunded, the points and cashback are taken back."),
               ("活动规则以活动页面公布的为准。", "The rules shown on the offer page are the ones that apply."),
               ("同一身份证件、手机号或设备视为同一用户。", "One ID, phone number or device counts as one person."),
               ("每月 1 日会推出新的积分加倍活动。", "New double-points offers start on the 1st of each month."),
               ("用积分兑换的优惠券不可退回。", "Coupons bought with points can't be returned."),
               ("部分活动只能通过 App 首页的入口参加。", "Some offers can only be joined from the app's home screen.")],
         table=(("奖励发放时间", "When rewards are paid"),
                ("各类奖励的发放时间和有效期如下：", "When each kind of reward is paid and how long it lasts:"),
                ("奖励类型 | 发放时间 | 有效期", "Reward | Paid | Valid for"),
                [("消费积分 | 交易完成后 {days} | 2 年", "Points | {days} after the payment completes | 2 years"),
                 ("返现 | 活动结束后 {days} | 长期", "Cashback | {days} after the offer ends | No expiry"),
                 ("优惠券 | 领取后立即 | 7–30 天", "Coupons | As soon as you claim them | 7–30 days"),
                 ("邀请奖励 | 好友首笔消费后 | 30 天", "Referral rewards | After your friend's first payment | 30 days")]),
         adm=("note", "奖励不能兑现", "Rewards can't be cashed in", "积分和优惠券不能转让或兑换为现金，返现除外。",
              "Points and coupons can't be transferred or exchanged for cash; cashback is the exception.")),
    dict(slug="limits", name=("限额与账户等级", "Limits and account levels"),
         desc=("付款、转账限额的规则，如何提高限额以及账户等级的区别。",
               "How payment and transfer limits work, raising them and the differences between account levels."),
         intro=("提示超出限额，或者想了解账户等级？下面的文章说明了规则和提额方法。",
                "Hit a limit, or want to understand account levels? These articles explain the rules and how to raise them."),
         pads=[("限额是为了在账户被盗时减少损失，并不是对您的限制。",
                "Limits are there to reduce losses if your account is misused, not to restrict you."),
               ("每日限额在北京时间 0 点重置。", "Daily limits reset at midnight Beijing time."),
               ("余额付款和银行卡付款的限额分别计算。", "Balance and card payments have separate limits."),
               ("年度限额按自然年计算，每年 1 月 1 日重置。", "Yearly limits run by calendar year and reset on 1 January."),
               ("您可以在{m_limits}中随时调低限额。", "You can lower your limits at any time in {m_limits}."),
               ("临时提额到期后，限额会自动恢复到原来的水平。", "When a temporary increase ends, your limits go back to what they were."),
               ("限额调整后立即生效，无需重新登录。", "Limit changes take effect at once, without signing in again.")],
         table=(("各账户等级的限额", "Limits by account level"),
                ("不同账户等级的限额如下：", "Here are the limits for each level:"),
                ("账户等级 | 单笔限额 | 每日限额", "Level | Per payment | Per day"),
                [("一级 | 1,000 元 | 2,000 元", "Level 1 | ¥1,000 | ¥2,000"),
                 ("二级 | {limit_single} | {limit_daily}", "Level 2 | {limit_single} | {limit_daily}"),
                 ("三级 | 50,000 元 | 200,000 元", "Level 3 | ¥50,000 | ¥200,000")]),
         adm=("tip", "限额在 0 点重置", "Limits reset at midnight", "每日限额在北京时间 0 点重置，次日即可继续使用。",
              "Daily limits reset at midnight Beijing time, so you can carry on the next day.")),
    dict(slug="support", name=("客服与服务", "Support and service"),
         desc=("投诉与建议、工单进度、交易证明和注销账户的办理方法。",
               "Complaints and suggestions, case progress, statements and closing your account."),
         intro=("需要投诉、查询工单、开具证明或者注销账户？这里有详细的办理说明。",
                "Need to complain, follow a case, get a statement or close your account? Here's how."),
         pads=[("在线客服全天 24 小时服务。", "Live chat is open 24 hours a day."),
               ("客服电话的服务时间是每天 08:00 至 22:00。", "The phone line is open every day from 08:00 to 22:00."),
               ("每次沟通结束后，您可以为服务打分。", "After each conversation you can rate the service."),
               ("通话可能会被录音，用于服务质量检查。", "Calls may be recorded for quality checks."),
               ("邮件会在 1 个工作日内回复。", "E-mails are answered within 1 business day."),
               ("节假日期间咨询量较大，邮件回复可能稍有延迟。", "Around holidays we get many more questions, so e-mail replies may take a little longer."),
               ("您可以在{m_help}中查看以往的沟通记录。", "You can see past conversations in {m_help}.")],
         table=(("客服渠道对比", "Support channels compared"),
                ("不同渠道适合不同的问题：", "Each channel suits different problems:"),
                ("渠道 | 适合的问题 | 回复时间", "Channel | Best for | Reply time"),
                [("在线客服 | 资金或账户可能有风险的紧急问题 | 通常 2 分钟内", "Live chat | Urgent problems where money or the account is at risk | Usually within 2 minutes"),
                 ("客服电话 | 需要详细说明的复杂问题 | 通常 5 分钟内接通", "Phone | Complicated problems that need explaining | Usually answered within 5 minutes"),
                 ("邮件 / 留言 | 可以稍等、需要附件的问题 | 1 个工作日内", "E-mail or message | Problems that can wait or need attachments | Within 1 business day"),
                 ("App 内反馈 | 产品建议 | {days}内", "In-app feedback | Product suggestions | Within {days}")]),
         adm=("tip", "一个问题一个工单", "One problem, one case", "重复提交工单会被合并处理，反而可能拖慢进度。",
              "Duplicate cases get merged, which can actually slow things down.")),
    dict(slug="app", name=("App 使用", "Using the app"),
         desc=("App 闪退、收不到通知、更新失败以及语言和显示设置。",
               "App crashes, missing notifications, failed updates and language and display settings."),
         intro=("App 用起来不顺手？这里有闪退、通知、更新和显示设置的解决办法。",
                "Is the app misbehaving? Here's help with crashes, notifications, updates and display settings."),
         pads=[("App 每月发布一次更新，修复问题并改进功能。", "We release an update every month with fixes and improvements."),
               ("App 支持 iOS、Android 和 HarmonyOS 系统。", "The app runs on iOS, Android and HarmonyOS."),
               ("清除缓存不会删除您的账户数据。", "Clearing the cache doesn't delete any account data."),
               ("您的{device}需要至少 1 GB 可用空间才能流畅运行。",
                "Your {device} needs at least 1 GB of free space to run smoothly."),
               ("我们建议开启系统的自动更新功能。", "We recommend turning on automatic updates in your system settings."),
               ("当前最新版本为 {version}。", "The latest version is {version}."),
               ("如果 App 显示异常，可以尝试在系统设置中清除缓存。", "If the app looks wrong, try clearing its cache in system settings."),
               ("新版本发布后，旧版本会在 6 个月内逐步停止支持。", "After a new release, older versions stop being supported within 6 months.")],
         table=(("系统要求", "System requirements"),
                ("Lumi 钱包对系统版本的要求如下：", "Lumi Wallet needs at least these system versions:"),
                ("系统 | 最低版本 | 建议", "System | Minimum version | Recommendation"),
                [("iOS | 14 | 更新到最新版本", "iOS | 14 | Keep up to date"),
                 ("Android | 8.0 | 预留 1 GB 存储空间", "Android | 8.0 | Keep 1 GB free"),
                 ("HarmonyOS | 2.0 | 允许后台运行", "HarmonyOS | 2.0 | Allow background activity"),
                 ("iPadOS | 14 | 使用竖屏模式", "iPadOS | 14 | Use portrait mode")]),
         adm=("tip", "更新前先确认密码", "Before you update", "更新或重装 App 不会丢失账户数据，但请确认记得登录密码。",
              "Updating or reinstalling doesn't lose any account data, but make sure you know your password.")),
]

HOME = (("Lumi 钱包帮助中心", "Lumi Wallet Help Center"),
        ("在 Lumi 钱包帮助中心查找账户、付款、转账、银行卡和 App 使用等常见问题的解答。",
         "Find answers to common Lumi Wallet questions about your account, payments, transfers, cards and the app."),
        ("您好，有什么可以帮您？请选择一个分类，或者使用上方的搜索框查找问题。",
         "Hi, how can we help? Choose a category below, or use the search box above to find your problem."))

# --------------------------------------------------------------------------------------
# Topics. Each has a slug (the article file names start with it), an urgency, related
# categories (for cross-links), title templates by kind of detail ("" = no detail; {x} is
# the detail), descriptions, intros, causes or facts (zh label, zh text, en label, en
# text), steps, tips, what to prepare and keywords ("|"-separated, per language).
# --------------------------------------------------------------------------------------

TOPICS = {}

TOPICS["account"] = [
    dict(slug="login-failed", urgency="high", rel=("security", "app"),
         titles=[("", "登录不了怎么办？", "I can't sign in – what should I do?"),
                 ("device", "在{x}上登录不了怎么办？", "I can't sign in on {x} – what should I do?"),
                 ("when", "{x}突然登录不了怎么办？", "Why can't I sign in {x}?"),
                 ("venue", "在{x}连接公共 Wi-Fi 后登录不了怎么办？", "I can't sign in on public Wi-Fi at {x} – what now?")],
         desc=[("登录失败多与密码、验证码、网络或账户状态有关，本文帮您逐项排查并尽快恢复登录。",
                "Find out why signing in fails, from passwords and codes to network problems, and how to get back into your account."),
               ("无法登录 Lumi 钱包时，先看错误提示，再按本文步骤检查密码、验证码和网络。",
                "If you can't sign in to Lumi Wallet, read the error message first, then check your password, codes and connection.")],
         intro=[("登录不了时，App 一般会给出提示，例如“密码错误”“验证码已过期”或“账户状态异常”。不同的提示对应不同的原因，处理方法也不一样。",
                 "When sign-in fails, the app usually tells you why, for example \"Wrong password\", \"Code expired\" or "
                 "\"Account status unusual\". Each message points to a different cause, and the fix depends on which one you see."),
                ("大多数登录问题都能在几分钟内自己解决。您的余额和交易记录都安全地保存在账户中，不会因为暂时无法登录而受到影响。",
                 "Most sign-in problems can be fixed yourself in a few minutes. Your balance and transaction history are stored "
                 "safely in your account and aren't affected when you can't sign in for a while.")],
         causes=[("密码输入错误", "请注意大小写和输入法状态，连续输错 {tries} 次后账户会被临时锁定。", "Wrong password",
                  "check upper and lower case and your keyboard language; after {tries} wrong attempts the account is locked for a while."),
                 ("验证码未收到或已过期", "短信验证码在 {minutes}内有效，过期后需要重新获取。", "Code not received or expired",
                  "SMS codes are valid for {minutes}; after that you need to request a new one."),
                 ("网络连接不稳定", "信号弱或使用了代理、VPN 时，登录请求可能无法送达。", "Unstable connection",
                  "with a weak signal, or when a proxy or VPN is on, the sign-in request may not get through."),
                 ("在新设备上登录", "首次在新设备上登录需要额外验证身份，这是正常的安全措施。", "Signing in on a new device",
                  "the first sign-in on a new device needs an extra identity check – this is a normal security measure."),
                 ("账户被临时限制", "系统检测到异常活动时，会暂停登录以保护您的资金。", "Account temporarily restricted",
                  "when the system detects unusual activity, it pauses sign-in to protect your money."),
                 ("App 版本过旧", "旧版本可能不再支持当前的登录方式，请更新到最新版本。", "Outdated app version",
                  "older versions may no longer support the current sign-in method, so update to the latest version.")],
         steps=[("仔细阅读登录页面的错误提示，并截图保存。", "Read the error message on the sign-in screen and take a screenshot."),
                ("检查网络：关闭 VPN 或代理，在 Wi-Fi 和移动数据之间切换后再试。",
                 "Check your connection: turn off any VPN or proxy and switch between Wi-Fi and mobile data, then try again."),
                ("确认输入的是注册时使用的手机号或邮箱，注意不要多输空格。",
                 "Make sure you're using the phone number or e-mail you registered with, without extra spaces."),
                ("如果忘记密码，点击“忘记密码”，通过短信验证码设置新密码。",
                 "If you've forgotten your password, tap **Forgot password** and set a new one with an SMS code."),
                ("更新 Lumi 钱包到最新版本，然后重新启动 App。", "Update Lumi Wallet to the latest version and restart the app."),
                ("登录成功后，进入{m_devices}，确认所有登录设备都是您本人的。",
                 "Once you're in, open {m_devices} and check that every signed-in device is yours.")],
         tips=[("使用密码管理器保存登录密码，避免手动输入出错。", "Store your password in a password manager so typing mistakes don't lock you out."),
               ("更换手机号前，先在 App 里更新绑定的手机号。", "Before changing your phone number, update it in the app first."),
               ("不要在他人的设备上保持登录状态。", "Don't stay signed in on other people's devices.")],
         prepare=[("注册手机号或邮箱", "Registered phone number or e-mail"), ("登录失败的大致时间", "Roughly when sign-in failed"),
                  ("错误提示截图", "Screenshot of the error message"), ("使用的设备型号", "Model of your device"),
                  ("App 版本号", "App version number")],
         kw=("登录不了|登不上|登录失败|进不去账户|密码错误|验证码收不到|登录一直转圈|提示账户异常|无法登录|换手机登录不了|登录报错",
             "can't sign in|cannot log in|login failed|sign in not working|wrong password|code not received|stuck on login|login error|locked out|new phone login|account unusual")),
    dict(slug="forgot-password", urgency="medium", rel=("security",),
         titles=[("", "忘记登录密码怎么办？", "I forgot my password – how do I reset it?"),
                 ("device", "在{x}上怎么重置登录密码？", "How do I reset my password on {x}?"),
                 ("when", "{x}忘记了登录密码怎么办？", "I forgot my password {x} – what now?"),
                 ("bank", "忘记登录密码，能用{x}卡验证身份吗？", "I forgot my password – can I verify with my {x} card?")],
         desc=[("忘记登录密码时，可以通过短信验证码、邮箱或人工审核重置，本文介绍具体步骤和注意事项。",
                "Reset a forgotten password with an SMS code, your e-mail or a manual review, with step-by-step instructions and tips."),
               ("本文说明如何找回 Lumi 钱包登录密码，以及原手机号不能用时该怎么办。",
                "How to get back into Lumi Wallet when you've forgotten your password, including when your old number no longer works.")],
         intro=[("登录密码和支付密码是两套不同的密码。本文介绍的是登录密码的重置方法，重置后不会影响您的余额、银行卡和交易记录。",
                 "Your sign-in password and your payment password are two different things. This article is about resetting the "
                 "sign-in password; doing so doesn't affect your balance, cards or transaction history."),
                ("忘记密码很常见，只要能收到验证码，几分钟就能设置好新密码。",
                 "Forgetting a password happens to everyone. As long as you can receive a verification code, setting a new one "
                 "takes only a few minutes.")],
         facts=True, bhead=[("根据您的情况选择", "Choose the route that fits")],
         causes=[("原手机号可以正常使用", "最简单的方式是通过短信验证码重置，整个过程只需一两分钟。", "Your phone number still works",
                  "the quickest way is to reset with an SMS code, which takes a minute or two."),
                 ("只能使用邮箱", "如果绑定过邮箱，可以选择邮箱验证，重置链接在 {minutes}内有效。", "Only your e-mail works",
                  "if you've linked an e-mail address, choose e-mail verification; the reset link is valid for {minutes}."),
                 ("手机号和邮箱都无法使用", "需要提交身份证件进行人工审核，通常在 {days}内完成。", "Neither phone nor e-mail works",
                  "you'll need to submit an ID document for a manual review, usually completed within {days}."),
                 ("重置后仍然登录失败", "可能是新密码未保存成功，或者账户因多次尝试被暂时锁定。", "Still can't sign in after resetting",
                  "the new password may not have been saved, or the account may be locked for a while after too many attempts."),
                 ("收到了不是自己申请的重置短信", "说明可能有人在尝试登录您的账户，请不要把验证码告诉任何人。",
                  "A reset code you didn't ask for", "someone may be trying to get into your account, so never share the code with anyone.")],
         steps=[("在登录页点击“忘记密码”。", "On the sign-in screen, tap **Forgot password**."),
                ("输入注册时使用的手机号或邮箱。", "Enter the phone number or e-mail address you registered with."),
                ("选择验证方式，输入收到的验证码。", "Choose how to verify and enter the code you receive."),
                ("设置新的登录密码，至少 8 位并包含字母和数字。", "Set a new password of at least 8 characters, mixing letters and numbers."),
                ("使用新密码重新登录，并在所有设备上退出旧的登录状态。", "Sign in with the new password and sign out of old sessions on all your devices."),
                ("进入{m_security}，检查绑定的手机号和邮箱是否仍然有效。",
                 "Open {m_security} and check that your linked phone number and e-mail are still current.")],
         tips=[("新密码不要与其他网站或 App 的密码相同。", "Don't reuse a password from another site or app."),
               ("定期更新绑定的邮箱，以便在手机号失效时找回账户。",
                "Keep your linked e-mail up to date so you can recover your account if your phone number stops working."),
               ("可以开启指纹或面容登录，减少输入密码的次数。", "Turn on fingerprint or face sign-in to type your password less often.")],
         prepare=[("注册手机号或邮箱", "Registered phone number or e-mail"), ("身份证件", "ID document"),
                  ("最近一笔交易的金额", "Amount of your most recent transaction"),
                  ("最后一次成功登录的时间", "Time of your last successful sign-in")],
         kw=("忘记密码|找回密码|重置密码|密码忘了|改密码|登录密码|修改登录密码|密码找不回来|重设密码|没有验证码怎么改密码",
             "forgot password|reset password|password reset|change password|recover account|lost password|new password|password not working|reset link|forgotten password")),
    dict(slug="change-phone-number", urgency="medium", rel=("security", "cards"),
         titles=[("", "如何更换绑定的手机号？", "How do I change my phone number?"),
                 ("device", "在{x}上如何更换绑定手机号？", "How do I change my phone number on {x}?"),
                 ("when", "{x}换了手机号，如何更新 Lumi 钱包？", "I changed my phone number {x} – how do I update Lumi Wallet?"),
                 ("bank", "换号后收不到{x}卡的验证码怎么办？", "I changed numbers and no longer get codes for my {x} card – what now?")],
         desc=[("手机号是登录和接收验证码的重要凭证，本文介绍如何更换绑定手机号，以及原号码停用时的处理方法。",
                "Your phone number is how you sign in and receive codes; here's how to change it, including when your old number no longer works.")],
         intro=[("绑定手机号用于登录、接收验证码和交易通知。更换号码后请尽快在 App 里更新，否则可能收不到重要的安全提醒。",
                 "Your linked phone number is used for signing in, verification codes and transaction alerts. Update it in the app "
                 "as soon as you change numbers, or you may miss important security messages."),
                ("更换手机号只需要几分钟，余额、银行卡和交易记录都会完整保留。",
                 "Changing your number takes a few minutes, and your balance, cards and history all stay as they are.")],
         facts=True, bhead=[("不同情况的处理方式", "Different situations")],
         causes=[("原号码仍可接收短信", "可以直接在 App 中通过新旧号码的验证码完成更换。", "Old number still receives texts",
                  "you can change it directly in the app with codes sent to both the old and new numbers."),
                 ("原号码已停用", "需要通过人脸识别或上传证件完成身份核实后才能更换。", "Old number no longer in use",
                  "you'll need to confirm your identity with face recognition or an ID document before changing it."),
                 ("新号码已被其他账户使用", "一个手机号只能绑定一个 Lumi 钱包账户，请先解除另一个账户的绑定。",
                  "New number already used by another account",
                  "a phone number can only be linked to one Lumi Wallet account, so unlink it from the other account first."),
                 ("收不到新号码的验证码", "请检查新号码是否已开通短信功能，以及是否开启了短信拦截。", "No code arrives on the new number",
                  "check that the new number can receive texts and that no SMS blocking is turned on."),
                 ("更换后无法登录", "更换成功后需要用新号码登录，旧号码将不能再用于登录。", "Can't sign in after the change",
                  "after the change you must sign in with the new number, because the old one no longer works.")],
         steps=[("打开{m_phone}。", "Open {m_phone}."),
                ("输入支付密码或完成面容验证，确认是本人操作。", "Enter your payment password or use face verification to confirm it's you."),
                ("输入新手机号，并填写发送到新号码的验证码。", "Enter the new number and the code sent to it."),
                ("如果原号码还能使用，再填写发送到原号码的验证码。", "If your old number still works, also enter the code sent to it."),
                ("提交后等待确认短信，通常 {minutes}内完成。", "Submit and wait for the confirmation text, usually within {minutes}."),
                ("退出并用新手机号重新登录一次，确认更换成功。", "Sign out and back in with the new number to make sure the change worked.")],
         tips=[("注销旧号码前，先在 Lumi 钱包中完成更换。", "Change your number in Lumi Wallet before you cancel the old one."),
               ("同时更新银行预留手机号，避免银行卡验证失败。", "Update the number your bank holds too, so card verification doesn't fail."),
               ("不要使用他人名下的手机号绑定账户。", "Don't link a phone number registered to someone else.")],
         prepare=[("原手机号和新手机号", "Old and new phone numbers"), ("身份证件", "ID document"),
                  ("原号码停用的时间", "When the old number stopped working"), ("注册时使用的邮箱", "E-mail address used to register")],
         kw=("换手机号|更换手机号|手机号停用|改绑手机|手机号不用了|新号码|旧号码收不到验证码|解绑手机号|手机号被占用|修改手机号码",
             "change phone number|new phone number|old number not working|update mobile number|number already used|lost old number|switch number|phone number change|mobile number update")),
    dict(slug="identity-verification", urgency="medium", rel=("limits", "withdrawals"),
         titles=[("", "实名认证失败怎么办？", "My identity verification failed – what now?"),
                 ("device", "在{x}上实名认证一直失败怎么办？", "Identity verification keeps failing on {x} – what can I do?"),
                 ("when", "{x}实名认证没通过怎么办？", "My identity verification didn't go through {x} – what now?"),
                 ("bank", "实名认证时绑定{x}卡失败怎么办？", "Verification fails when I add my {x} card – what can I do?")],
         desc=[("实名认证失败常见于证件照片不清晰、信息不一致或人脸识别未通过，本文介绍如何重新提交并顺利通过审核。",
                "Verification usually fails because of blurry photos, mismatched details or face recognition; here's how to resubmit and get approved.")],
         intro=[("完成实名认证后，您才能使用转账、提现和提高限额等功能。认证失败并不影响已有余额，重新提交即可。",
                 "You need to complete identity verification before you can transfer, withdraw or raise your limits. A failed "
                 "attempt doesn't affect your balance; you can simply try again."),
                ("实名认证是监管要求，也是保护您账户安全的重要手段。", "Identity verification is a legal requirement and an important way of keeping your account safe.")],
         causes=[("证件照片不清晰", "照片有反光、模糊或边角缺失时，系统无法识别证件信息。", "Blurry ID photo",
                  "glare, blur or cut-off corners stop the system from reading the document."),
                 ("填写的信息与证件不一致", "姓名中的生僻字、证件号码中的字母 X 都需要与证件完全一致。", "Details don't match the document",
                  "unusual characters in your name and the letter X in an ID number must match the document exactly."),
                 ("人脸识别未通过", "光线太暗、戴着帽子或眼镜，都可能导致识别失败。", "Face recognition failed",
                  "poor lighting, a hat or glasses can all cause the check to fail."),
                 ("证件已过期", "过期证件无法用于认证，请使用有效期内的证件。", "Expired document",
                  "an expired document can't be used, so please use one that is still valid."),
                 ("该证件已认证其他账户", "同一证件绑定的账户数量有上限，请先确认是否注册过其他账户。", "Document already used on another account",
                  "there's a limit on accounts per document, so check whether you registered another account before.")],
         steps=[("打开{m_identity}，查看失败原因。", "Open {m_identity} and check the reason given."),
                ("在光线充足的地方，把证件平放在深色背景上拍照。", "Photograph the document flat on a dark background in good light."),
                ("核对姓名、证件号码和有效期，确保与证件一致。", "Check your name, document number and expiry date against the document."),
                ("进行人脸识别时，摘下帽子和眼镜，按提示缓慢转动头部。",
                 "For face recognition, take off any hat or glasses and move your head slowly as prompted."),
                ("重新提交后等待审核，结果通常在 {hours}内通知您。", "Resubmit and wait for the review; you'll usually hear back within {hours}."),
                ("连续失败 3 次后，请改为上传证件进行人工审核。", "After 3 failed attempts, upload your documents for a manual review instead.")],
         tips=[("证件更换后，请及时更新认证信息。", "When you get a new ID document, update your verification details."),
               ("不要使用翻拍或截图的证件照片。", "Don't use photos of a screen or screenshots of your document."),
               ("未成年人需要在监护人陪同下完成认证。", "Minors need a parent or guardian to complete verification with them.")],
         prepare=[("有效期内的身份证件", "A valid ID document"), ("认证失败的提示截图", "Screenshot of the failure message"),
                  ("注册手机号", "Registered phone number"), ("提交认证的时间", "When you submitted verification")],
         kw=("实名认证失败|认证不通过|人脸识别失败|身份证认证|实名审核|认证一直失败|证件照片|刷脸失败|身份验证|实名信息不一致",
             "identity verification failed|ID check failed|face recognition failed|verify identity|KYC|ID photo rejected|verification pending|selfie check|document rejected|name mismatch")),
]

TOPICS["security"] = [
    dict(slug="unknown-device-login", urgency="high", rel=("account",),
         titles=[("", "发现陌生设备登录了我的账户怎么办？", "Someone signed in to my account from an unknown device – what should I do?"),
                 ("device", "收到陌生{x}的登录提醒怎么办？", "I got an alert about a sign-in from {x} I don't recognise – what now?"),
                 ("when", "{x}收到异地登录提醒怎么办？", "I got an unusual sign-in alert {x} – what should I do?"),
                 ("bank", "陌生设备登录后{x}卡被扣款怎么办？", "After an unknown sign-in my {x} card was charged – what now?")],
         desc=[("收到陌生设备或异地登录提醒时，请立即修改密码并移除可疑设备，本文介绍具体操作和后续检查。",
                "If you get an alert about an unfamiliar device or location, change your password and remove the device now – here's how, and what to check next.")],
         intro=[("每当账户在新设备上登录，我们都会通过短信和 App 消息提醒您。如果这次登录不是您本人操作，请立即处理。",
                 "Whenever your account is used on a new device, we send you a text and an in-app message. If the sign-in wasn't you, act straight away."),
                ("有时提醒只是因为您换了手机、重装了 App 或者连接了不同的网络。先确认是不是自己的操作，再决定下一步。",
                 "Sometimes the alert appears simply because you changed phones, reinstalled the app or connected to a different "
                 "network. Check whether it was you before deciding what to do.")],
         causes=[("您本人更换了设备", "重装 App、恢复出厂设置或更换手机后，系统会把它识别为新设备。", "You changed devices yourself",
                  "after reinstalling the app, resetting your phone or getting a new one, it counts as a new device."),
                 ("网络位置变化", "使用 VPN 或在外地出差时，登录地点可能显示为其他城市。", "Your network location changed",
                  "with a VPN, or when travelling, the sign-in may show up as another city."),
                 ("密码已经泄露", "如果您在其他网站使用了相同的密码，一旦那些网站泄露，您的账户也有风险。", "Your password has leaked",
                  "if you used the same password elsewhere and that site was breached, your account is at risk too."),
                 ("验证码被骗取", "有人冒充客服或快递员索要验证码，是最常见的盗号方式。", "A code was tricked out of you",
                  "people posing as support or couriers and asking for codes is the most common way accounts are taken over.")],
         steps=[("立即进入{m_devices}，查看所有已登录的设备。", "Go to {m_devices} straight away and look at every signed-in device."),
                ("移除您不认识的设备，让它立即下线。", "Remove any device you don't recognise to sign it out immediately."),
                ("修改登录密码和支付密码，新密码不要与旧密码相似。", "Change your sign-in and payment passwords to something not similar to the old ones."),
                ("打开两步验证，为账户增加一层保护。", "Turn on two-step verification for an extra layer of protection."),
                ("检查{m_history}，看看有没有不是您本人的交易。", "Check {m_history} for any transactions you didn't make."),
                ("发现可疑交易时，立即联系在线客服冻结账户。", "If you find suspicious transactions, contact live chat immediately to freeze the account.")],
         tips=[("开启新设备登录提醒，并确保绑定的手机号可以正常接收短信。", "Keep new-device alerts on and make sure your linked phone can receive texts."),
               ("不要在公共电脑上登录 Lumi 钱包。", "Don't sign in to Lumi Wallet on public computers."),
               ("定期检查登录设备列表，移除不再使用的设备。", "Review your device list regularly and remove ones you no longer use.")],
         prepare=[("可疑登录的时间和地点", "Time and location of the suspicious sign-in"), ("登录提醒短信截图", "Screenshot of the sign-in alert"),
                  ("注册手机号", "Registered phone number"), ("最近一次正常登录的时间", "Time of your last normal sign-in"),
                  ("可疑交易的金额", "Amount of any suspicious transactions")],
         kw=("陌生设备登录|异地登录|账号被盗|不是我登录的|登录提醒|被盗号|账户被别人登录|陌生登录|设备管理|强制下线",
             "unknown device|unrecognised sign-in|someone logged in|account hacked|sign-in alert|new device alert|suspicious login|login from another city|remove device|stolen account")),
    dict(slug="unauthorized-payment", urgency="high", rel=("payments", "cards"),
         titles=[("", "发现不是自己操作的交易怎么办？", "There's a payment I didn't make – what should I do?"),
                 ("bank", "{x}卡出现陌生扣款怎么办？", "There's a charge on my {x} card I don't recognise – what now?"),
                 ("place", "账单里有一笔在{x}的陌生消费怎么办？", "My history shows a payment at {x} that I didn't make – what now?"),
                 ("when", "{x}发现陌生扣款怎么办？", "I found a payment I didn't make {x} – what now?")],
         desc=[("发现陌生交易时，请立即冻结账户并联系客服，本文说明如何判断交易是否异常以及如何申请调查。",
                "If you spot a transaction you didn't make, freeze your account and contact us now; here's how to check it and ask us to investigate.")],
         intro=[("如果交易记录里出现您不认识的付款或转账，请先别慌，也不要拖延。越早处理，追回资金的机会越大。",
                 "If your transaction history shows a payment or transfer you don't recognise, don't panic – but don't wait either. "
                 "The sooner you act, the better the chance of getting the money back."),
                ("有些看起来陌生的交易其实是自动续费、家人代付或商户名称与店名不同造成的，先花一分钟核对。",
                 "Some transactions that look unfamiliar turn out to be subscriptions, a family member paying with your account, "
                 "or a merchant whose billing name differs from its shop name. Take a minute to check first.")],
         causes=[("商户名称与店名不一致", "很多商户在账单上显示的是公司名称，而不是门店招牌。", "Billing name differs from the shop name",
                  "many merchants appear under their company name rather than the name over the door."),
                 ("自动续费或免密支付", "您之前开通的会员或服务可能按周期自动扣款。", "Subscription or password-free payment",
                  "a membership or service you signed up for earlier may charge you automatically."),
                 ("家人或朋友使用了您的手机", "请先问问身边的人是否用过您的手机付款。", "Someone close used your phone",
                  "ask the people around you whether they paid with your phone."),
                 ("账户信息泄露", "密码或验证码被他人获取后，对方可能直接盗刷。", "Your account details leaked",
                  "if someone has your password or a code, they can spend your money directly."),
                 ("银行卡信息被盗用", "卡号和安全码泄露后，可能在其他平台被盗刷。", "Card details stolen",
                  "if the card number and security code leak, they can be used on other platforms.")],
         steps=[("在{m_history}中找到这笔交易，记下时间、金额和商户名称。", "Find the transaction in {m_history} and note the time, amount and merchant."),
                ("确认不是自动续费或家人的操作。", "Rule out subscriptions and family members."),
                ("如果确认不是本人操作，进入{m_security}，点击“冻结账户”。", "If it really wasn't you, go to {m_security} and tap **Freeze account**."),
                ("修改登录密码和支付密码，并移除陌生设备。", "Change your sign-in and payment passwords and remove unknown devices."),
                ("联系在线客服提交异常交易调查申请。", "Contact live chat to report the transaction and request an investigation."),
                ("如果涉及银行卡，同时致电发卡行挂失或冻结卡片。", "If a bank card is involved, call your bank to report or freeze the card as well."),
                ("金额较大时，请携带交易记录截图到当地派出所报案。",
                 "For large amounts, take screenshots of the transactions to your local police station and file a report.")],
         tips=[("为小额免密支付设置较低的上限。", "Set a low cap on small password-free payments."),
               ("开启每笔交易的短信提醒。", "Turn on text alerts for every transaction."),
               ("不要把银行卡照片发给任何人。", "Never send anyone photos of your bank card.")],
         prepare=[("异常交易的时间和金额", "Time and amount of the transaction"), ("商户名称或收款方", "Merchant or recipient name"),
                  ("交易记录截图", "Screenshot of the transaction"), ("涉及的银行卡", "The bank card involved"),
                  ("报案回执（如有）", "Police report receipt, if any")],
         kw=("陌生扣款|不是我付的|被盗刷|莫名扣钱|未授权交易|钱被转走|异常交易|账户被盗用|盗刷|不认识的消费",
             "unauthorised payment|payment I didn't make|fraud|money stolen|unknown charge|unrecognised transaction|card fraud|account used without permission|suspicious payment|dispute charge")),
    dict(slug="phishing-scam", urgency="high", rel=("account", "transfers"),
         titles=[("", "收到可疑短信或电话怎么办？", "I got a suspicious message or call – what should I do?"),
                 ("lure", "收到可疑的{x}怎么办？", "I received a suspicious {x} – what should I do?"),
                 ("lure", "如何识别冒充 Lumi 钱包的{x}？", "How can I tell whether this {x} is really from Lumi Wallet?"),
                 ("when", "{x}接到自称客服的电话怎么办？", "Someone claiming to be support called me {x} – what should I do?")],
         desc=[("骗子常冒充客服、银行或快递索要验证码和转账，本文教您识别常见骗局，以及上当后如何补救。",
                "Scammers pose as support, banks or couriers to get your codes or money; learn to spot common scams and what to do if caught out.")],
         intro=[("Lumi 钱包不会通过电话、短信或社交软件要求您转账、提供验证码或下载其他软件。凡是提出这些要求的，都可以直接判断为诈骗。",
                 "Lumi Wallet never asks you by phone, text or social media to transfer money, share a code or install other "
                 "software. Anyone who asks for these is a scammer."),
                ("骗子的话术不断变化，但目的只有两个：拿到您的验证码，或者让您主动转账。",
                 "Scammers keep changing their stories, but they always want one of two things: your verification code, or for you to send them money.")],
         facts=True, bhead=[("常见骗局", "Common scams"), ("骗子常用的手法", "Tricks scammers use")],
         causes=[("冒充客服退款", "对方声称订单异常要给您退款，随后引导您提供验证码或“验证账户”。", "Fake support refunds",
                  "someone says there's a problem with an order and offers a refund, then asks for a code or to \"verify your account\"."),
                 ("冒充银行或公安", "以“账户涉案”为由，要求您把资金转到所谓的安全账户。", "Fake bank or police",
                  "they claim your account is linked to a crime and tell you to move money to a \"safe account\"."),
                 ("虚假链接", "短信中的链接仿冒我们的登录页面，窃取您的账号和密码。", "Fake links",
                  "a link in a text imitates our sign-in page to steal your details."),
                 ("刷单返利", "先让您小额获利，再诱导您投入更多资金。", "Task or rebate scams",
                  "you're paid a small amount first, then talked into putting in more money."),
                 ("屏幕共享", "诱导您开启屏幕共享，从而看到您输入的验证码和密码。", "Screen sharing",
                  "you're talked into sharing your screen so they can see your codes and passwords.")],
         steps=[("不要点击任何链接，也不要回拨短信中的号码。", "Don't tap any links or call back numbers from the message."),
                ("挂断电话或停止回复，不要提供任何验证码。", "Hang up or stop replying, and don't give out any codes."),
                ("通过 App 内的{m_help}核实消息真伪。", "Check whether the message is genuine through {m_help} in the app."),
                ("如果已经泄露验证码，立即修改密码并冻结账户。", "If you've already shared a code, change your password and freeze your account now."),
                ("如果已经转账，马上联系在线客服并拨打 110 报警。", "If you've already sent money, contact live chat right away and call the police on 110."),
                ("保存聊天记录、通话记录和转账凭证。", "Keep the chat logs, call history and transfer receipts.")],
         tips=[("官方消息只会出现在 App 的消息中心。", "Official messages only ever appear in the app's message center."),
               ("接到自称客服的电话时，挂断后通过官方渠道联系我们。", "If someone calls claiming to be support, hang up and contact us through the official channels."),
               ("为家中老人讲解常见骗局。", "Talk older relatives through the common scams.")],
         prepare=[("可疑号码或链接", "The suspicious number or link"), ("聊天记录截图", "Screenshots of the conversation"),
                  ("转账凭证（如有）", "Transfer receipts, if any"), ("接到消息的时间", "When you received it")],
         kw=("诈骗|骗子|可疑短信|冒充客服|钓鱼链接|假客服|被骗了|安全账户|退款诈骗|验证码被骗",
             "scam|phishing|fake support|suspicious text|fraud call|scam link|been scammed|safe account scam|refund scam|fake website")),
    dict(slug="payment-password", urgency="medium", rel=("account", "payments"),
         titles=[("", "忘记支付密码怎么办？", "I forgot my payment password – how do I reset it?"),
                 ("device", "在{x}上如何修改支付密码？", "How do I change my payment password on {x}?"),
                 ("when", "{x}支付密码被锁了怎么办？", "My payment password got locked {x} – what now?"),
                 ("bank", "忘记支付密码，如何用{x}卡验证身份？", "I forgot my payment password – how do I verify with my {x} card?")],
         desc=[("支付密码用于确认付款和转账，本文介绍如何修改或找回支付密码，以及输错被锁后多久恢复。",
                "Your payment password confirms payments and transfers; here's how to change or reset it and how long a lock lasts.")],
         intro=[("支付密码是 6 位数字，与登录密码相互独立。连续输错 {tries} 次后，支付功能会被暂时锁定，但不影响查看余额和交易记录。",
                 "Your payment password is a 6-digit number, separate from your sign-in password. After {tries} wrong attempts, "
                 "payments are locked for a while, but you can still see your balance and history."),
                ("修改支付密码只需要几分钟，修改后立即生效。", "Changing your payment password takes a few minutes and works straight away.")],
         causes=[("记不清密码", "最近修改过密码，或者长期使用指纹支付，容易忘记数字密码。", "You can't remember it",
                  "if you changed it recently or mostly pay with your fingerprint, it's easy to forget the digits."),
                 ("连续输错被锁定", "锁定会在 {hours}后自动解除，也可以通过重置立即恢复。", "Locked after too many attempts",
                  "the lock lifts by itself after {hours}, or you can reset the password to unlock it straight away."),
                 ("指纹或面容支付失效", "更换设备或修改系统生物识别后，需要重新开启。", "Fingerprint or face pay stopped working",
                  "after changing devices or your phone's biometric settings, you need to turn it on again."),
                 ("担心密码泄露", "如果有人看到过您输入密码，建议立即修改。", "You think someone saw it",
                  "if anyone may have watched you type it, change it now.")],
         steps=[("打开{m_password}。", "Open {m_password}."),
                ("选择“记得原密码”或“忘记原密码”。", "Choose **I remember my current password** or **I forgot it**."),
                ("忘记原密码时，需要验证绑定银行卡的卡号和短信验证码。", "If you've forgotten it, confirm the number of a linked bank card and an SMS code."),
                ("部分情况下还需要完成人脸识别。", "In some cases you'll also be asked for face recognition."),
                ("输入两次新的 6 位支付密码。", "Enter your new 6-digit payment password twice."),
                ("用一笔小额付款测试新密码是否生效。", "Make a small payment to check the new password works.")],
         tips=[("不要使用生日、连续数字或重复数字作为支付密码。", "Don't use your birthday, sequences or repeated digits."),
               ("支付密码不要与银行卡密码相同。", "Don't use the same number as your bank card PIN."),
               ("输入密码时注意遮挡。", "Cover the screen when you type it.")],
         prepare=[("绑定银行卡的卡号", "Number of a linked bank card"), ("注册手机号", "Registered phone number"),
                  ("身份证件", "ID document"), ("锁定提示截图", "Screenshot of the lock message")],
         kw=("支付密码|忘记支付密码|改支付密码|支付密码锁定|密码输错|6位密码|重置支付密码|交易密码|付款密码|指纹支付失效",
             "payment password|forgot payment PIN|reset payment password|change PIN|PIN locked|wrong PIN|transaction password|payment PIN|fingerprint pay|face pay")),
]

TOPICS["payments"] = [
    dict(slug="payment-failed", urgency="high", rel=("cards", "limits"),
         titles=[("", "付款失败怎么办？", "My payment failed – what should I do?"),
                 ("bank", "用{x}卡付款失败怎么办？", "My payment with my {x} card failed – what should I do?"),
                 ("place", "在{x}付款失败怎么办？", "My payment failed at {x} – what should I do?"),
                 ("when", "{x}付款总是失败怎么办？", "Why do my payments keep failing {x}?")],
         desc=[("付款失败通常与银行验证、支付限额、网络或余额有关，本文帮您根据错误提示找到原因并解决。",
                "Find out why a payment failed, from bank verification and limits to network problems, and how to fix it."),
               ("本文说明付款失败后如何确认实际状态、找到原因并安全地重新付款。",
                "How to check the real status of a failed payment, find the cause and pay again safely.")],
         intro=[("付款失败时，App 通常会显示一条错误提示，例如“银行卡验证失败”“超出单笔限额”或“余额不足”。请先仔细阅读这条提示，它往往直接说明了原因。",
                 "When a payment fails, the app usually shows a message such as \"Card verification failed\", \"Single-payment "
                 "limit exceeded\" or \"Insufficient balance\". Read it carefully – it often tells you exactly what went wrong."),
                ("假设您在 {clock} 付款 {amount}，页面却显示失败：这时最重要的是先确认钱有没有被扣，而不是马上再付一次。",
                 "Say you paid {amount} at {clock} and the screen said it failed: the most important thing is to check whether "
                 "the money actually left your account, rather than paying again straight away.")],
         causes=[("银行验证未通过", "部分银行需要短信验证或 3-D Secure 验证，请确认已按提示完成。", "Bank verification failed",
                  "some banks need an SMS confirmation or 3-D Secure check, so make sure you completed it."),
                 ("超出支付限额", "单笔限额为 {limit_single}，每日限额为 {limit_daily}，超出时可以分开支付。", "Over the payment limit",
                  "the single-payment limit is {limit_single} and the daily limit {limit_daily}; if you're over, split the payment."),
                 ("网络中断", "信号差时付款可能已经成功但页面没有更新，请先查看交易记录。", "Lost connection",
                  "with a poor signal the payment may have gone through without the screen updating, so check your history first."),
                 ("余额不足", "请先充值，或改用绑定的银行卡支付。", "Insufficient balance", "top up first, or pay with a linked bank card instead."),
                 ("银行卡已过期或被冻结", "请核对卡片有效期，必要时联系发卡行。", "Card expired or frozen",
                  "check the card's expiry date and contact your bank if needed."),
                 ("商户暂时无法收款", "商户系统故障时，所有用户都会付款失败，可以稍后再试或换一种方式付款。", "Merchant can't take payments right now",
                  "when the merchant's system is down, everyone's payment fails, so try later or pay another way.")],
         steps=[("阅读并截图错误提示。", "Read the error message and take a screenshot."),
                ("打开{m_history}，确认这笔付款的实际状态。", "Open {m_history} and check the real status of the payment."),
                ("根据错误提示排查银行卡、限额和余额。", "Check your card, limits and balance according to the message."),
                ("切换网络或稍等几分钟。", "Switch networks or wait a few minutes."),
                ("确认上一笔确实失败后，再重新付款。", "Only pay again once you're sure the earlier attempt failed."),
                ("仍然失败时，换一种支付方式，例如使用{bank2}卡或余额支付。",
                 "If it still fails, use another payment method, such as your {bank2} card or your balance.")],
         tips=[("付款页面没有响应时，不要连续点击付款按钮。", "If the payment screen stops responding, don't keep tapping Pay."),
               ("大额付款前先确认限额是否足够。", "Before a large payment, check that your limit is high enough."),
               ("绑定两张以上的银行卡作为备用。", "Link at least two cards so you have a backup.")],
         prepare=[("付款时间", "Time of payment"), ("金额", "Amount"), ("支付方式", "Payment method"),
                  ("商户名称", "Merchant name"), ("错误提示截图", "Screenshot of the error message")],
         kw=("付不了款|支付不成功|付款一直转圈|付不出去|结账失败|支付被拒|银行短信验证没收到|3D验证失败|超出支付限额|付款失败|余额不足",
             "payment declined|can't pay|payment not going through|payment failed|checkout failed|3d secure failed|bank OTP not received|payment limit exceeded|insufficient funds|payment stuck loading|pay error")),
    dict(slug="double-charge", urgency="high", rel=("merchants", "cards"),
         titles=[("", "被重复扣款了怎么办？", "I was charged twice – what should I do?"),
                 ("bank", "{x}卡被扣了两次款怎么办？", "My {x} card was charged twice – what now?"),
                 ("place", "在{x}付一次款却扣了两次怎么办？", "I paid once at {x} but was charged twice – what now?"),
                 ("when", "{x}被重复扣款了怎么办？", "I was charged twice {x} – what should I do?")],
         desc=[("一笔付款被扣了两次时，多余的款项通常会自动退回，本文说明如何确认、等待多久以及何时需要申请退款。",
                "If one payment was taken twice, the extra is usually returned automatically; here's how to check, how long to wait and when to ask for a refund.")],
         intro=[("重复扣款通常发生在网络不稳定、连续点击付款按钮或者商户重复发起收款时。大部分情况下，多出来的一笔会在 {days}内自动退回。",
                 "Double charges usually happen when the connection drops, when Pay is tapped more than once, or when the merchant "
                 "sends the charge twice. In most cases, the extra charge is returned automatically within {days}."),
                ("看到两笔相同金额的扣款时，先分清哪一笔是成功的付款，哪一笔只是银行的预授权冻结。",
                 "When you see two charges for the same amount, first work out which one is the real payment and which is just a temporary hold by your bank.")],
         causes=[("银行预授权", "银行有时会先冻结一笔金额，交易完成后自动释放，这不是真正的扣款。", "Bank pre-authorisation",
                  "banks sometimes hold an amount first and release it once the payment completes, so it isn't a real charge."),
                 ("连续点击付款", "页面没有及时响应时重复点击，可能产生两笔独立的付款。", "Tapping Pay twice",
                  "tapping again when the screen is slow can create two separate payments."),
                 ("商户重复收款", "收银员重复扫码或商户系统重复提交，会导致两次扣款。", "Merchant charged twice",
                  "a cashier scanning twice or the merchant's system resubmitting can cause two charges."),
                 ("订单状态未同步", "付款成功但商户未收到通知，您再次付款就会产生第二笔。", "Order status didn't update",
                  "if the payment succeeded but the merchant wasn't told, paying again creates a second charge.")],
         steps=[("在{m_history}中找到两笔交易，比较交易单号和状态。", "Find both entries in {m_history} and compare their transaction numbers and status."),
                ("如果其中一笔显示“处理中”或“已冻结”，请等待自动释放。", "If one shows as Processing or On hold, wait for it to be released."),
                ("如果两笔都显示“支付成功”，先联系商户申请退还其中一笔。", "If both show as successful, ask the merchant to refund one of them."),
                ("商户未处理时，在交易详情页点击“申请退款”。", "If the merchant doesn't respond, tap **Request a refund** on the transaction details page."),
                ("提交后留意退款进度，退款会原路返回。", "Track the refund, which goes back to the original payment method."),
                ("超过 {days}仍未退回，请联系客服。", "If it hasn't come back after {days}, contact support.")],
         tips=[("付款后等待页面显示结果，不要重复提交。", "Wait for the result screen after paying instead of submitting again."),
               ("线下付款时，提醒收银员只扫一次码。", "When paying in person, make sure the cashier scans only once."),
               ("开启交易通知，第一时间发现重复扣款。", "Turn on transaction alerts so you spot a double charge straight away.")],
         prepare=[("两笔交易的单号", "Transaction numbers of both charges"), ("付款时间和金额", "Time and amount of the payment"),
                  ("商户名称", "Merchant name"), ("银行扣款短信截图", "Screenshot of the bank's text")],
         kw=("重复扣款|扣了两次|多扣钱|付一次扣两次|重复支付|扣款两笔|预授权|冻结金额|多付了|双重扣费",
             "charged twice|double charge|duplicate payment|paid twice|extra charge|pre-authorisation|hold on card|two payments|double billed|duplicate transaction")),
    dict(slug="refund-not-received", urgency="medium", rel=("merchants", "cards"),
         titles=[("", "退款一直没到账怎么办？", "My refund hasn't arrived – what should I do?"),
                 ("bank", "退款到{x}卡一直没到账怎么办？", "My refund to my {x} card hasn't arrived – what now?"),
                 ("place", "{x}的退款多久到账？", "How long does a refund from {x} take?"),
                 ("when", "{x}申请的退款什么时候到账？", "When will a refund I requested {x} arrive?")],
         desc=[("退款会原路返回，到账时间取决于支付方式和银行，本文介绍如何查询退款进度以及超时未到账时的处理方法。",
                "Refunds go back the way you paid, and timing depends on the method and bank; here's how to track one and what to do if it's late.")],
         intro=[("商户同意退款后，钱会退回到您付款时使用的账户：用余额付款退回余额，用银行卡付款退回银行卡。",
                 "Once a merchant approves a refund, the money goes back to whatever you paid with: your balance for balance "
                 "payments, your card for card payments."),
                ("退回余额通常是实时的，退回银行卡则需要 {days}，具体取决于银行的处理速度。",
                 "Refunds to your balance are usually instant; refunds to a bank card take {days}, depending on how fast the bank is.")],
         causes=[("商户尚未发起退款", "商户同意退款不等于已经退款，请在订单中确认退款状态。", "The merchant hasn't sent it yet",
                  "agreeing to a refund isn't the same as sending it, so check the refund status on the order."),
                 ("银行处理中", "退回银行卡时，银行入账需要时间，节假日会顺延。", "The bank is still processing it",
                  "card refunds take time for the bank to post, and holidays add to that."),
                 ("原银行卡已注销", "如果付款用的卡已经注销，退款会被退回，需要联系客服改退到余额。", "The original card is closed",
                  "if the card you paid with has been closed, the refund bounces back and we need to send it to your balance instead."),
                 ("退款金额被合并显示", "部分银行会把退款与其他交易合并入账，请仔细核对账单。", "Refund combined with other entries",
                  "some banks post refunds together with other transactions, so check your statement carefully.")],
         steps=[("打开{m_history}，找到原来的付款记录。", "Open {m_history} and find the original payment."),
                ("点击进入详情，查看“退款进度”。", "Tap it and look at **Refund progress**."),
                ("记下退款单号和预计到账时间。", "Note the refund number and expected arrival date."),
                ("退回银行卡时，向{bank}查询是否已经入账。", "For card refunds, ask {bank} whether it has been posted."),
                ("超过预计时间仍未到账，联系商户确认是否已发起退款。", "If it's past the expected date, ask the merchant whether they actually sent it."),
                ("商户确认已退款但仍未到账时，联系我们并提供退款单号。",
                 "If the merchant says it was sent but it still hasn't arrived, contact us with the refund number.")],
         tips=[("退货前保留好订单截图和物流单号。", "Keep screenshots of the order and the tracking number before returning goods."),
               ("不要注销近期有退款的银行卡。", "Don't close a card while a refund is on its way."),
               ("退款到账后会收到消息通知，请开启通知提醒。", "You'll get a notification when a refund arrives, so make sure notifications are on.")],
         prepare=[("原订单号", "Original order number"), ("退款单号", "Refund number"), ("退款金额", "Refund amount"),
                  ("商户名称", "Merchant name"), ("商户同意退款的截图", "Screenshot of the merchant approving the refund")],
         kw=("退款没到账|退款多久到账|退款去哪了|退款查询|商家已退款没收到|退款进度|退款到银行卡|原路退回|退款失败|退款延迟",
             "refund not received|refund status|where is my refund|refund delay|merchant refunded but not received|refund to card|refund time|track refund|refund missing|money back")),
    dict(slug="qr-code-payment", urgency="medium", rel=("app", "merchants"),
         titles=[("", "扫码付款失败怎么办？", "QR code payment isn't working – what should I do?"),
                 ("place", "在{x}扫码付不了款怎么办？", "I can't pay by QR code at {x} – what now?"),
                 ("device", "{x}扫不了付款码怎么办？", "QR payments don't work on {x} – what can I do?"),
                 ("when", "{x}扫码付款总是失败怎么办？", "Why does paying by QR code keep failing {x}?")],
         desc=[("扫码付款失败可能与摄像头、网络、二维码本身或商户收款状态有关，本文帮您快速排查并完成付款。",
                "QR payments can fail because of the camera, the connection, the code itself or the merchant; here's how to check each and pay.")],
         intro=[("扫码付款有两种方式：您扫描商户的收款码，或者商户扫描您的付款码。两种方式出现问题时的排查方法略有不同。",
                 "There are two ways to pay by QR code: you scan the merchant's code, or the merchant scans yours. What to check "
                 "depends on which one is failing."),
                ("在{place}结账时遇到扫码问题，往往是光线、网络或屏幕亮度造成的，很快就能解决。",
                 "QR problems at the {place} checkout usually come down to lighting, the connection or screen brightness, and are quick to fix.")],
         causes=[("摄像头无法识别", "镜头脏污、光线太暗或二维码反光，都会导致扫不出来。", "Camera can't read the code",
                  "a dirty lens, low light or glare on the code can all stop it scanning."),
                 ("付款码已失效", "付款码每 60 秒自动刷新，截图保存的付款码无法使用。", "Pay code expired",
                  "your pay code refreshes every 60 seconds, so screenshots of it don't work."),
                 ("二维码不是收款码", "部分二维码只是网址或商品信息，不能用于付款。", "Not a payment code",
                  "some QR codes are just links or product information and can't take payments."),
                 ("屏幕亮度太低", "商户扫描您的付款码时，屏幕太暗会导致扫码枪识别失败。", "Screen too dark",
                  "when the merchant scans your code, a dim screen can stop the scanner reading it."),
                 ("App 没有相机权限", "系统设置中关闭了相机权限，App 就无法调用摄像头。", "No camera permission",
                  "if camera access is turned off in system settings, the app can't use the camera.")],
         steps=[("在 App 首页点击{m_scan}，对准二维码并保持手机稳定。", "Tap {m_scan} on the home screen and hold your phone steady over the code."),
                ("扫不出来时，擦拭镜头并调整距离和角度。", "If it won't scan, wipe the lens and change the distance and angle."),
                ("出示付款码时，打开{m_paycode}，App 会自动调高屏幕亮度。", "To show your code, open {m_paycode}; the app turns the brightness up automatically."),
                ("检查系统设置，确认 Lumi 钱包有相机权限。", "Check in system settings that Lumi Wallet has camera access."),
                ("网络较差时，付款码可以离线使用，但需要在恢复网络后确认结果。",
                 "Your pay code works offline on a weak connection, but confirm the result once you're back online."),
                ("仍然无法付款时，请商户改为输入金额收款或换一种方式。", "If it still won't work, ask the merchant to key in the amount or use another method.")],
         tips=[("不要扫描来历不明的二维码。", "Don't scan QR codes from unknown sources."),
               ("付款前核对商户名称和金额。", "Check the merchant name and amount before you pay."),
               ("付款码不要截图发给他人。", "Never send anyone a screenshot of your pay code.")],
         prepare=[("付款时间", "Time of payment"), ("商户名称", "Merchant name"), ("二维码照片", "Photo of the QR code"),
                  ("手机型号和系统版本", "Phone model and system version")],
         kw=("扫码付不了|扫不出来|付款码|二维码付款失败|扫一扫没反应|付款码失效|收款码|扫码支付|扫码枪扫不了|相机权限",
             "qr code not working|can't scan|pay code|scan to pay|qr payment failed|camera not scanning|merchant code|code expired|scanner won't read|camera permission")),
]

TOPICS["transfers"] = [
    dict(slug="transfer-failed", urgency="high", rel=("limits", "cards"),
         titles=[("", "转账失败怎么办？", "My transfer failed – what should I do?"),
                 ("person", "给{x}转账失败怎么办？", "My transfer to {x} failed – what should I do?"),
                 ("bank", "转账到{x}卡失败怎么办？", "My transfer to an account at {x} failed – what now?"),
                 ("when", "{x}转账失败怎么办？", "My transfer failed {x} – what should I do?")],
         desc=[("转账失败多与收款信息、限额或账户状态有关，本文说明失败的钱会不会退回，以及如何重新转账。",
                "Transfers usually fail because of recipient details, limits or account status; here's whether your money comes back and how to resend it.")],
         intro=[("转账失败时，钱不会凭空消失：如果已经扣款，会在 {days}内退回原账户。",
                 "When a transfer fails, the money doesn't just disappear: if it left your account, it comes back within {days}."),
                ("给{person}转账 {amount} 却提示失败，最常见的原因是收款信息填写有误。",
                 "If sending {amount} to {person} fails, the most common reason is a mistake in the recipient's details.")],
         causes=[("收款信息有误", "户名、卡号或手机号有一位不对，转账就会被退回。", "Wrong recipient details",
                  "one wrong character in the name, card number or phone number sends the transfer back."),
                 ("超出转账限额", "单笔转账上限为 {limit_single}，每日累计上限为 {limit_daily}。", "Over the transfer limit",
                  "a single transfer can be up to {limit_single}, with {limit_daily} in total per day."),
                 ("收款账户状态异常", "对方账户被冻结、注销或未完成实名认证时，无法收款。", "Recipient's account has a problem",
                  "if it's frozen, closed or not verified, it can't receive money."),
                 ("触发风险提醒", "向陌生账户大额转账时，系统可能要求额外验证。", "Security check triggered",
                  "large transfers to new recipients may need an extra check."),
                 ("银行系统维护", "收款银行维护期间，转账会延迟或失败。", "Bank maintenance",
                  "while the recipient's bank is under maintenance, transfers are delayed or fail.")],
         steps=[("在{m_history}中查看失败原因。", "See why it failed in {m_history}."),
                ("与收款人核对户名、卡号和开户行。", "Check the name, account number and bank with the recipient."),
                ("确认金额没有超出限额，必要时分多次转账。", "Make sure you're within your limits, splitting the amount if needed."),
                ("如果提示需要验证，按照提示完成人脸识别。", "If asked to verify, complete face recognition as prompted."),
                ("确认已扣款的资金是否已经退回。", "Check whether any money taken has been returned."),
                ("重新发起转账，并保存转账凭证。", "Send the transfer again and keep the receipt.")],
         tips=[("常用收款人可以保存到联系人中，减少输入错误。", "Save regular recipients as contacts to avoid typos."),
               ("大额转账前先转 1 元测试。", "Before a large transfer, send ¥1 as a test."),
               ("不要向陌生人转账。", "Don't send money to people you don't know.")],
         prepare=[("转账时间", "Time of transfer"), ("金额", "Amount"), ("收款人姓名和账号", "Recipient's name and account"),
                  ("失败提示截图", "Screenshot of the failure message")],
         kw=("转账失败|转不出去|转账被退回|转账不成功|收款人信息错误|转账限额|转钱失败|汇款失败|打钱失败|转账提示异常",
             "transfer failed|can't send money|transfer returned|transfer declined|wrong recipient details|transfer limit|send money failed|payment to friend failed|wire failed|p2p failed")),
    dict(slug="wrong-recipient", urgency="high", rel=("security", "support"),
         titles=[("", "转错账了怎么办？", "I sent money to the wrong person – what can I do?"),
                 ("person", "本想转给{x}却转错人了怎么办？", "I meant to pay {x} but sent it to the wrong person – what now?"),
                 ("when", "{x}转错账了怎么办？", "I sent money to the wrong person {x} – what can I do?"),
                 ("bank", "转到{x}卡的钱转错了怎么办？", "I sent money to the wrong account at {x} – what can I do?")],
         desc=[("转账一旦成功，资金会立即进入对方账户，本文介绍转错账后如何联系对方、申请协助追回以及如何防止再次发生。",
                "Once a transfer succeeds the money is in the other account; here's how to reach the recipient, ask us for help and avoid it next time.")],
         intro=[("转账成功后资金实时到账，我们无法在未经收款人同意的情况下直接撤回。不过，您仍然有几种办法追回这笔钱。",
                 "Successful transfers arrive instantly, and we can't pull one back without the recipient's agreement. You still "
                 "have several ways to get the money back, though."),
                ("请尽快行动：转错账后越早联系对方，追回的可能性越大。",
                 "Act quickly: the sooner you reach the recipient, the more likely you are to get it back.")],
         facts=True, bhead=[("根据情况选择处理方式", "What to do depends on the situation")],
         causes=[("对方是您认识的人", "直接联系对方说明情况，请其原路转回。", "You know the recipient",
                  "contact them, explain and ask them to send it back."),
                 ("对方是陌生人", "可以在转账详情页发起“请求退回”，我们会代为通知对方。", "You don't know the recipient",
                  "tap **Ask for it back** on the transfer details page and we'll contact them for you."),
                 ("对方拒绝退回", "您可以保留证据，通过法律途径主张返还。", "The recipient refuses",
                  "keep the evidence, because you can claim the money back through legal channels."),
                 ("转账仍在处理中", "延时到账的转账在到账前可以撤销。", "The transfer is still pending",
                  "delayed transfers can be cancelled before they arrive.")],
         steps=[("打开{m_history}，找到这笔转账，查看状态。", "Open {m_history}, find the transfer and check its status."),
                ("如果状态为“处理中”，点击“撤销转账”。", "If it says Processing, tap **Cancel transfer**."),
                ("如果已经到账，先尝试直接联系收款人。", "If it has arrived, try contacting the recipient directly first."),
                ("无法联系时，在详情页点击“请求退回”并填写说明。", "If you can't reach them, tap **Ask for it back** on the details page and explain."),
                ("我们会在 {hours}内联系收款人，并把结果告诉您。", "We'll contact the recipient within {hours} and let you know the outcome."),
                ("对方拒绝时，保存转账凭证，必要时向公安机关或法院求助。", "If they refuse, keep the receipt and go to the police or courts if necessary.")],
         tips=[("转账前核对收款人头像和实名信息中的姓氏。", "Before sending, check the recipient's photo and the surname on their verified name."),
               ("开启“延时到账”，给自己留出反悔的时间。", "Turn on delayed transfers to give yourself time to change your mind."),
               ("不要仅凭手机号转账，先确认对方身份。", "Don't send money based on a phone number alone; confirm who it is first.")],
         prepare=[("转账单号", "Transfer number"), ("收款人账号", "Recipient's account"), ("转账金额和时间", "Amount and time of transfer"),
                  ("本来要转给的收款人信息", "Details of the person you meant to pay")],
         kw=("转错账|转错人|转账转错了|钱转给别人了|撤回转账|追回转账|转账撤销|误转|打错钱|要回转账",
             "sent to wrong person|wrong transfer|recall transfer|cancel transfer|get money back|mistaken payment|wrong account|reverse transfer|sent by mistake|undo payment")),
    dict(slug="transfer-pending", urgency="medium", rel=("withdrawals",),
         titles=[("", "转账一直显示处理中怎么办？", "My transfer is stuck on Processing – what should I do?"),
                 ("person", "给{x}的转账一直没到账怎么办？", "My transfer to {x} still hasn't arrived – what now?"),
                 ("bank", "转到{x}的钱迟迟没到账怎么办？", "Money I sent to an account at {x} hasn't arrived – what now?"),
                 ("when", "{x}转账一直处于处理中怎么办？", "Why is my transfer still pending {x}?")],
         desc=[("转账显示处理中通常是银行处理或安全审核造成的，本文介绍不同到账方式的时间以及超时后的处理办法。",
                "A pending transfer is usually waiting on the bank or a security check; here's how long each type takes and what to do if it's late.")],
         intro=[("转账到 Lumi 钱包账户一般实时到账，转账到银行卡则取决于您选择的到账方式和收款银行。",
                 "Transfers to Lumi Wallet accounts usually arrive instantly; transfers to bank cards depend on the speed you chose and the receiving bank."),
                ("“处理中”说明这笔转账还没有最终结果，资金既没有丢失，也没有到达对方账户。",
                 "Processing means the transfer has no final result yet: the money isn't lost, and it hasn't reached the recipient either.")],
         causes=[("选择了普通到账", "普通到账会在下一个工作日处理，周末和节假日顺延。", "Standard speed chosen",
                  "standard transfers are processed the next business day, later over weekends and holidays."),
                 ("安全审核中", "首次向对方转账或金额较大时，需要人工审核，通常不超过 {hours}。", "Security review",
                  "first or large transfers to someone may be reviewed by a person, usually within {hours}."),
                 ("收款银行处理慢", "{bank}等银行在夜间或月底处理量较大时会有延迟。", "Slow receiving bank",
                  "banks like {bank} can be slower at night or at the end of the month."),
                 ("开启了延时到账", "您或收款人设置了延时到账，资金会在设定时间后到账。", "Delayed transfer turned on",
                  "you or the recipient set a delay, so the money arrives after that time.")],
         steps=[("在{m_history}中查看预计到账时间。", "Check the expected arrival time in {m_history}."),
                ("预计时间未到时，请耐心等待，不要重复转账。", "If that time hasn't passed, wait and don't send it again."),
                ("确认是否收到了需要补充验证的消息。", "See whether you've been asked for extra verification."),
                ("超过预计时间后，请收款人向银行查询入账情况。", "Once past that time, ask the recipient to check with their bank."),
                ("仍未到账时，联系客服并提供转账单号。", "If it still hasn't arrived, contact support with the transfer number.")],
         tips=[("急用的款项请选择“实时到账”。", "Choose instant transfer when the money is needed urgently."),
               ("避开月底和节假日前的高峰时段。", "Avoid the busy days at month end and before holidays."),
               ("提前告知收款人转账方式和预计时间。", "Tell the recipient how and when you're sending it.")],
         prepare=[("转账单号", "Transfer number"), ("转账时间", "Time of transfer"), ("收款银行", "Receiving bank"),
                  ("预计到账时间截图", "Screenshot of the expected arrival time")],
         kw=("转账处理中|转账没到账|转账延迟|对方没收到钱|转账多久到账|转账卡住|到账时间|转账审核|转账一直等待|普通到账",
             "transfer pending|transfer not arrived|transfer processing|recipient hasn't received|how long transfer|transfer delayed|stuck transfer|arrival time|transfer under review|standard transfer")),
    dict(slug="transfer-to-bank", urgency="low", rel=("withdrawals", "cards"),
         titles=[("", "如何从 Lumi 钱包转账到银行卡？", "How do I send money to a bank account?"),
                 ("bank", "如何转账到{x}卡？", "How do I send money to an account at {x}?"),
                 ("when", "{x}转账到银行卡要注意什么？", "What should I know about sending money to a bank {x}?"),
                 ("person", "如何给{x}的银行卡转账？", "How do I send money to a bank card belonging to {x}?")],
         desc=[("本文介绍从 Lumi 钱包向银行卡转账的步骤、到账时间和手续费，以及填写收款信息时的注意事项。",
                "A step-by-step guide to sending money from Lumi Wallet to a bank card, with timings, fees and tips for entering the details.")],
         intro=[("您可以把 Lumi 钱包余额转到本人或他人的银行卡，支持国内大部分银行。",
                 "You can send your Lumi Wallet balance to your own or someone else's bank card at most banks in China."),
                ("转账到{bank}等银行卡时，需要填写收款人姓名和卡号，系统会自动识别开户行。",
                 "When sending to a card at a bank such as {bank}, you enter the recipient's name and card number, and the bank is detected automatically.")],
         facts=True, bhead=[("到账时间和费用", "Timing and fees")],
         causes=[("实时到账", "大部分银行支持 2 小时内到账，单笔不超过 {limit_single}。", "Instant",
                  "most banks receive it within 2 hours, for up to {limit_single} a time."),
                 ("次日到账", "下一个工作日到账，适合不着急的款项。", "Next day",
                  "arrives the next business day, fine for money that isn't urgent."),
                 ("手续费", "每月前 {free_quota} 免费，超出部分收取 {fee_rate} 的手续费，最低 {min_fee}。", "Fees",
                  "the first {free_quota} each month is free; after that we charge {fee_rate}, at least {min_fee}."),
                 ("收款卡限制", "收款卡必须是借记卡，信用卡不支持转入。", "Recipient cards",
                  "the receiving card must be a debit card, because credit cards can't receive transfers.")],
         steps=[("在首页点击{m_transfer}，选择“转到银行卡”。", "Tap {m_transfer} on the home screen and choose **To a bank card**."),
                ("输入收款人姓名和卡号，确认识别出的开户行。", "Enter the recipient's name and card number and confirm the bank shown."),
                ("输入金额并选择到账时间。", "Enter the amount and choose the speed."),
                ("核对信息后输入支付密码。", "Check the details and enter your payment password."),
                ("在{m_history}中查看进度，到账后会收到通知。", "Follow progress in {m_history}; you'll be notified when it arrives.")],
         tips=[("首次向新卡转账时，先转小额确认信息正确。", "For a new card, send a small amount first to check the details."),
               ("保存常用收款卡，避免重复输入。", "Save cards you pay often so you don't retype them."),
               ("注意区分借记卡和信用卡。", "Make sure it's a debit card, not a credit card.")],
         prepare=[("收款人姓名", "Recipient's name"), ("收款卡号", "Recipient's card number"), ("开户银行", "Recipient's bank"),
                  ("转账金额", "Amount to send")],
         kw=("转账到银行卡|转到卡上|转账手续费|转账到账时间|银行卡转账|转给银行账户|跨行转账|实时到账|次日到账|转账教程",
             "send to bank account|transfer to card|bank transfer fee|transfer time|send money to bank|domestic transfer|instant transfer|next day transfer|pay into bank|transfer to debit card")),
]

TOPICS["cards"] = [
    dict(slug="card-declined", urgency="high", rel=("payments", "limits"),
         titles=[("", "银行卡被拒绝怎么办？", "My card was declined – what should I do?"),
                 ("bank", "{x}卡付款被拒怎么办？", "My {x} card was declined – what should I do?"),
                 ("place", "在{x}刷卡被拒怎么办？", "My card was declined at {x} – what now?"),
                 ("when", "{x}银行卡突然被拒怎么办？", "My card was suddenly declined {x} – what now?")],
         desc=[("银行卡被拒通常是发卡行拦截、额度不足或卡片状态异常造成的，本文帮您判断原因并尽快恢复使用。",
                "A declined card usually means your bank blocked it, you're over the credit line or the card has a problem; here's how to tell which and fix it.")],
         intro=[("“银行卡被拒”说明交易在银行一端没有通过，Lumi 钱包只负责把银行的结果告诉您。所以很多情况下，需要联系发卡行才能解决。",
                 "\"Card declined\" means your bank turned the payment down; Lumi Wallet only passes on the bank's answer. So in "
                 "many cases, your bank is the one that can fix it."),
                ("先确认是否只有这一张卡被拒。如果换一张卡可以正常付款，问题大概率出在原卡片上。",
                 "First check whether it's only this card. If another card works, the problem is almost certainly with the first one.")],
         causes=[("发卡行风控拦截", "银行认为交易有风险时会拒绝，例如异地消费或深夜大额消费。", "Blocked by your bank",
                  "banks decline payments that look risky, such as spending in another city or large amounts late at night."),
                 ("信用额度不足", "信用卡可用额度不够时会被拒绝。", "Not enough credit",
                  "a credit card is declined if the available credit is too low."),
                 ("卡片已过期或挂失", "过期、挂失或换卡后，旧卡信息会失效。", "Card expired or reported lost",
                  "after expiry, a loss report or a replacement, the old card details stop working."),
                 ("未开通网上支付", "部分借记卡默认关闭快捷支付，需要在银行 App 中开通。", "Online payments not enabled",
                  "some debit cards have quick payments off by default, so turn them on in your bank's app."),
                 ("预留手机号不一致", "银行预留的手机号与 Lumi 钱包不同时，验证会失败。", "Phone number mismatch",
                  "if the number your bank has differs from Lumi Wallet's, verification fails.")],
         steps=[("查看错误提示中的银行返回码并截图。", "Note the bank's response code in the message and take a screenshot."),
                ("打开{m_cards}，确认卡片状态和有效期。", "Open {m_cards} and check the card's status and expiry date."),
                ("致电{bank}客服，询问拒绝原因。", "Call {bank} and ask why it was declined."),
                ("按银行要求解除限制或开通快捷支付。", "Lift the block or turn on quick payments as your bank advises."),
                ("暂时改用{bank2}卡或余额付款。", "Pay with your {bank2} card or your balance in the meantime.")],
         tips=[("出行前告知银行您的行程，避免异地交易被拦截。", "Tell your bank before you travel so payments elsewhere aren't blocked."),
               ("卡片到期前及时在 App 中添加新卡。", "Add your new card in the app before the old one expires."),
               ("保持银行预留手机号和 Lumi 钱包一致。", "Keep the same phone number at your bank and in Lumi Wallet.")],
         prepare=[("银行卡后四位", "Last four digits of the card"), ("交易时间和金额", "Time and amount"),
                  ("银行返回的错误代码", "Error code from the bank"), ("错误提示截图", "Screenshot of the error")],
         kw=("银行卡被拒|刷卡失败|卡被拒绝|发卡行拒绝|卡片异常|信用卡被拒|借记卡付不了|银行拦截|快捷支付未开通|卡不能用",
             "card declined|card refused|bank declined|issuer declined|card not working|credit card declined|debit card declined|bank blocked payment|card error|declined code")),
    dict(slug="add-card-failed", urgency="medium", rel=("account", "top-up"),
         titles=[("", "添加银行卡失败怎么办？", "I can't add my bank card – what should I do?"),
                 ("bank", "绑定{x}卡失败怎么办？", "I can't add my {x} card – what now?"),
                 ("device", "在{x}上绑卡一直失败怎么办？", "Adding a card keeps failing on {x} – what can I do?"),
                 ("when", "{x}绑卡失败怎么办？", "Adding a card failed {x} – what now?")],
         desc=[("绑卡失败多与卡片信息、预留手机号或银行限制有关，本文介绍绑卡步骤和常见问题的解决方法。",
                "Adding a card usually fails because of card details, the phone number your bank holds or bank rules; here's how to add one.")],
         intro=[("绑定银行卡后，您可以用它付款、充值和提现。绑卡时需要验证卡号、持卡人姓名、证件号码和银行预留手机号。",
                 "Once a card is linked you can use it to pay, top up and withdraw. Adding it checks the card number, cardholder "
                 "name, ID number and the phone number held by the bank."),
                ("每个账户最多可以绑定 10 张银行卡，所有卡片必须是您本人名下的。",
                 "You can link up to 10 cards per account, and all of them must be in your name.")],
         causes=[("持卡人与账户实名不一致", "只能绑定本人名下的银行卡。", "Cardholder doesn't match your account",
                  "you can only link cards in your own name."),
                 ("预留手机号不一致", "验证码会发送到银行预留的手机号，而不是 Lumi 钱包的手机号。", "Different phone number at the bank",
                  "the code goes to the number your bank holds, not the one in Lumi Wallet."),
                 ("银行暂不支持", "少数地方性银行暂未接入，请换一张卡。", "Bank not supported yet",
                  "a few local banks aren't connected yet, so try another card."),
                 ("卡片类型受限", "部分储值卡、社保卡不支持绑定。", "Card type not accepted",
                  "some prepaid and social security cards can't be linked."),
                 ("信息填写有误", "卡号多一位或少一位、有效期填反，都会导致失败。", "Typo in the details",
                  "an extra or missing digit, or a swapped expiry date, makes it fail.")],
         steps=[("打开{m_cards}，点击“添加银行卡”。", "Open {m_cards} and tap **Add card**."),
                ("拍照识别或手动输入卡号。", "Scan the card or type the number."),
                ("核对自动识别的银行和卡片类型。", "Check the bank and card type shown."),
                ("填写银行预留手机号，输入验证码。", "Enter the phone number your bank holds and the code sent to it."),
                ("同意协议后完成绑定，可以先用一笔小额付款测试。", "Accept the terms to finish, then try a small payment to test it.")],
         tips=[("更换手机号后，记得去银行更新预留手机号。", "After changing your number, update it with your bank too."),
               ("不再使用的卡片及时解绑。", "Remove cards you no longer use."),
               ("不要帮他人绑定银行卡。", "Never add someone else's card for them.")],
         prepare=[("银行卡号", "Card number"), ("银行预留手机号", "Phone number held by your bank"),
                  ("失败提示截图", "Screenshot of the failure message"), ("身份证件", "ID document")],
         kw=("绑卡失败|添加银行卡|银行卡绑定不了|绑定银行卡|加卡失败|预留手机号|银行不支持|信用卡绑定|储蓄卡绑定|绑卡验证码",
             "can't add card|add bank card|link card failed|card binding|add credit card|add debit card|bank not supported|card verification code|bank phone number|link bank account")),
    dict(slug="remove-card", urgency="low", rel=("merchants",),
         titles=[("", "如何解绑银行卡？", "How do I remove a bank card?"),
                 ("bank", "如何解绑{x}卡？", "How do I remove my {x} card?"),
                 ("device", "在{x}上怎么删除银行卡？", "How do I delete a card on {x}?"),
                 ("when", "{x}换了新卡，如何解绑旧卡？", "I got a new card {x} – how do I remove the old one?")],
         desc=[("本文介绍如何在 Lumi 钱包中解绑银行卡，以及有未完成交易或自动扣费时需要注意的事项。",
                "How to remove a bank card from Lumi Wallet, and what to check first if there are pending payments or subscriptions on it.")],
         intro=[("解绑银行卡不会影响卡片本身，也不会影响已经完成的交易。解绑后，这张卡不能再用于付款、充值和提现。",
                 "Removing a card doesn't affect the card itself or any completed transactions. Afterwards it can't be used to "
                 "pay, top up or withdraw in the app."),
                ("如果这张卡即将注销，建议先在 App 中解绑再去银行办理，避免退款无法原路返回。",
                 "If you're about to close the card, remove it here first so refunds can still find their way back.")],
         facts=True, bhead=[("解绑前请确认", "Check before removing")],
         causes=[("有处理中的交易", "付款、退款或提现处理中时，暂时无法解绑。", "Pending transactions",
                  "you can't remove a card while a payment, refund or withdrawal on it is still processing."),
                 ("绑定了自动扣费", "解绑前请先把自动扣费改到其他卡，否则会扣费失败。", "Automatic payments",
                  "move subscriptions to another card first, or they'll fail."),
                 ("唯一的提现卡", "解绑后需要再绑定一张卡才能提现。", "Your only withdrawal card",
                  "after removing it, you'll need another card to withdraw."),
                 ("卡片已挂失", "挂失的卡也可以直接解绑，不影响银行处理。", "Card reported lost",
                  "you can still remove it, and it doesn't affect the bank's process.")],
         steps=[("打开{m_cards}，选择要解绑的卡片。", "Open {m_cards} and choose the card."),
                ("点击右上角的“更多”，选择“解除绑定”。", "Tap **More** in the top right and choose **Remove card**."),
                ("输入支付密码确认。", "Enter your payment password to confirm."),
                ("检查{m_autopay}，把相关服务换到其他卡片。", "Check {m_autopay} and move any services to another card.")],
         tips=[("换卡后先添加新卡，再解绑旧卡。", "When you get a replacement, add the new card before removing the old one."),
               ("定期清理不再使用的卡片。", "Tidy up cards you no longer use."),
               ("解绑后仍可在交易记录中查看历史交易。", "Past transactions with the card stay in your history.")],
         prepare=[("银行卡后四位", "Last four digits of the card"), ("解绑失败提示截图", "Screenshot of any error"),
                  ("相关的自动扣费服务", "Any subscriptions on the card")],
         kw=("解绑银行卡|删除银行卡|移除银行卡|取消绑定|银行卡解除绑定|不用的卡|换卡|注销银行卡|解绑失败|卡片管理",
             "remove card|delete card|unlink card|unlink bank account|remove bank card|card management|replace card|old card|can't remove card|close card")),
    dict(slug="lost-card", urgency="high", rel=("security",),
         titles=[("", "绑定的银行卡丢了怎么办？", "I lost a card linked to Lumi Wallet – what should I do?"),
                 ("bank", "{x}卡丢失后如何保护钱包安全？", "I lost my {x} card – how do I keep my wallet safe?"),
                 ("when", "{x}银行卡丢了怎么办？", "I lost my bank card {x} – what should I do?"),
                 ("venue", "在{x}丢了银行卡怎么办？", "I lost my bank card at {x} – what should I do?")],
         desc=[("银行卡丢失后，请先向银行挂失，再在 Lumi 钱包中暂停这张卡，本文说明完整步骤和补卡后的操作。",
                "If you lose a card, report it to your bank and pause it in Lumi Wallet; here are the full steps and what to do when the new one arrives.")],
         intro=[("银行卡丢失时，最重要的是尽快挂失。挂失后卡片立即停用，别人即使捡到也无法使用。",
                 "When a card is lost, the key thing is to report it quickly. Once reported, the card stops working, so nobody who finds it can use it."),
                ("Lumi 钱包里绑定的卡片可以单独暂停，不影响您使用余额和其他卡片。",
                 "In Lumi Wallet you can pause a single linked card without affecting your balance or other cards.")],
         facts=True, bhead=[("可能的风险", "The risks")],
         causes=[("卡片被盗刷", "捡到卡的人可能在支持免密的商户小额消费。", "Card used by someone else",
                  "whoever finds it may make small contactless payments."),
                 ("手机同时丢失", "如果手机也一起丢了，请立即冻结 Lumi 钱包账户。", "Phone lost too",
                  "if your phone is gone as well, freeze your Lumi Wallet account straight away."),
                 ("自动扣费失败", "挂失后，绑定这张卡的自动扣费会失败。", "Failed subscriptions",
                  "once reported, subscriptions on the card will fail."),
                 ("退款无法退回", "挂失期间的退款可能被银行退回，需要改退到余额。", "Refunds bouncing",
                  "refunds during this time may be returned by the bank and need to go to your balance instead.")],
         steps=[("拨打{bank}客服电话或通过银行 App 挂失。", "Call {bank} or use its app to report the card."),
                ("打开{m_cards}，找到这张卡，点击“暂停使用”。", "Open {m_cards}, find the card and tap **Pause card**."),
                ("检查{m_history}，确认没有陌生交易。", "Check {m_history} for any transactions you don't recognise."),
                ("如有陌生交易，联系在线客服并向银行申请争议处理。", "If there are any, contact live chat and raise a dispute with your bank."),
                ("收到新卡后，在 App 中添加新卡并解绑旧卡。", "When the new card arrives, add it in the app and remove the old one.")],
         tips=[("把银行客服电话保存在手机通讯录中。", "Save your bank's phone number in your contacts."),
               ("不要把卡片和证件放在一起。", "Don't keep your card and ID together."),
               ("为免密支付设置较低的额度。", "Keep the contactless limit low.")],
         prepare=[("银行卡后四位", "Last four digits of the card"), ("发现丢失的时间", "When you noticed it was missing"),
                  ("银行挂失回执", "The bank's loss report reference"), ("可疑交易记录", "Any suspicious transactions")],
         kw=("银行卡丢了|卡丢失|挂失|银行卡被偷|补卡|暂停银行卡|卡片冻结|丢卡|钱包丢了|卡掉了",
             "lost card|stolen card|report lost card|freeze card|pause card|replacement card|card missing|wallet stolen|block card|lost debit card")),
]

TOPICS["top-up"] = [
    dict(slug="top-up-failed", urgency="medium", rel=("cards", "limits"),
         titles=[("", "充值失败怎么办？", "My top-up failed – what should I do?"),
                 ("bank", "用{x}卡充值失败怎么办？", "Topping up with my {x} card fails – what now?"),
                 ("when", "{x}充值不成功怎么办？", "Why does my top-up fail {x}?"),
                 ("device", "在{x}上充值失败怎么办？", "Top-ups fail on {x} – what can I do?")],
         desc=[("充值失败通常与银行卡状态、充值限额或银行维护有关，本文帮您排查原因并重新充值。",
                "Top-ups usually fail because of the card, top-up limits or bank maintenance; here's how to find the cause and try again.")],
         intro=[("充值就是把银行卡里的钱转入 Lumi 钱包余额。充值失败时，银行卡不会被扣款；如果已经扣款，会自动退回。",
                 "Topping up moves money from your bank card into your Lumi Wallet balance. If it fails, your card isn't charged – "
                 "and if it was, the money comes back automatically."),
                ("想充值 {amount}？先确认这个金额没有超过银行卡的单笔限额。",
                 "Trying to top up {amount}? First check it's within your card's single-transaction limit.")],
         causes=[("银行卡余额不足", "请确认卡内可用余额足够。", "Not enough money on the card",
                  "make sure there's enough available on the card."),
                 ("超出银行限额", "银行对快捷支付设有单笔和每日限额，{bank}的限额可能与其他银行不同。", "Over the bank's limit",
                  "banks cap quick payments per transaction and per day, and {bank}'s limits may differ from other banks'."),
                 ("银行系统维护", "银行通常在夜间维护，期间充值可能失败。", "Bank maintenance",
                  "banks usually run maintenance at night, when top-ups may fail."),
                 ("信用卡不支持充值", "出于监管要求，信用卡不能用于充值余额。", "Credit cards not accepted",
                  "regulations don't allow topping up your balance with a credit card."),
                 ("短信验证码错误", "验证码输错或过期会导致充值失败。", "Wrong SMS code",
                  "a wrong or expired code stops the top-up.")],
         steps=[("打开{m_topup}，查看失败原因。", "Open {m_topup} and check the reason."),
                ("确认使用的是借记卡且余额充足。", "Make sure you're using a debit card with enough money on it."),
                ("查看银行卡的快捷支付限额，必要时分多次充值。", "Check the card's quick payment limit and split the top-up if needed."),
                ("避开凌晨等银行维护时段再试。", "Try again outside bank maintenance hours such as the early morning."),
                ("换用{bank2}卡充值。", "Try topping up with your {bank2} card.")],
         tips=[("大额充值前先在银行 App 中查看限额。", "Check your limits in your bank's app before a big top-up."),
               ("设置余额不足提醒，提前充值。", "Set a low-balance reminder and top up in good time."),
               ("可以开启自动充值，余额低于设定值时自动转入。", "Turn on auto top-up to refill when your balance drops below a set amount.")],
         prepare=[("充值时间和金额", "Time and amount of the top-up"), ("使用的银行卡", "Card used"),
                  ("失败提示截图", "Screenshot of the failure message"), ("银行扣款短信", "Any text from your bank about a charge")],
         kw=("充值失败|充不进去|充值不成功|余额充值|充钱失败|银行卡充值|充值限额|充值被拒|充值验证码|充值报错",
             "top up failed|can't top up|add money failed|top-up declined|reload failed|top up with card|top up limit|top-up error|balance top up|top up not working")),
    dict(slug="top-up-not-credited", urgency="high", rel=("payments",),
         titles=[("", "充值扣款了但余额没增加怎么办？", "I topped up but my balance didn't change – what now?"),
                 ("bank", "{x}卡已扣款但充值没到账怎么办？", "My {x} card was charged but the top-up hasn't arrived – what now?"),
                 ("when", "{x}充值后余额没变化怎么办？", "My balance didn't change after a top-up {x} – what should I do?"),
                 ("device", "在{x}上充值后余额没更新怎么办？", "My balance didn't update after a top-up on {x} – what now?")],
         desc=[("银行卡已扣款但余额未增加时，多数是到账延迟，本文说明需要等待多久以及如何查询和申诉。",
                "If your card was charged but your balance hasn't changed, it's usually just a delay; here's how long to wait and how to chase it.")],
         intro=[("银行扣款成功后，余额通常在几秒内更新。偶尔因为银行通知延迟，需要等待 {minutes}左右。",
                 "After the bank takes the money, your balance usually updates within seconds. Occasionally a delayed notice from "
                 "the bank means waiting around {minutes}."),
                ("请放心，每一笔充值都有对应的银行流水，不会凭空丢失。",
                 "Rest assured: every top-up has a matching bank record, so nothing just vanishes.")],
         causes=[("银行通知延迟", "扣款成功的结果需要银行通知我们，高峰期会有延迟。", "Bank notice delayed",
                  "the bank has to tell us the charge succeeded, which can lag at busy times."),
                 ("充值处于待确认状态", "大额充值可能需要额外的安全审核。", "Top-up awaiting confirmation",
                  "large top-ups may need an extra security check."),
                 ("实际是预授权", "部分银行先冻结资金，确认后才真正扣款。", "It's only a hold",
                  "some banks hold the money first and only take it once confirmed."),
                 ("充值失败待退回", "如果充值最终失败，银行会在 {days}内退回。", "Failed top-up being returned",
                  "if the top-up finally failed, the bank returns the money within {days}.")],
         steps=[("下拉刷新{m_balance}页面。", "Pull down to refresh {m_balance}."),
                ("在{m_history}中查看这笔充值的状态。", "Check the top-up's status in {m_history}."),
                ("状态为“处理中”时，等待 {minutes}后再查看。", "If it says Processing, check again after {minutes}."),
                ("状态为“失败”时，留意银行的退款短信。", "If it says Failed, look out for a refund text from your bank."),
                ("超过 {hours}仍未到账，联系客服并提供银行扣款记录。", "If nothing has arrived after {hours}, contact support with the bank's record of the charge.")],
         tips=[("充值后保存银行扣款短信。", "Keep the bank's text after a top-up."),
               ("避免在银行维护时段充值。", "Avoid topping up during bank maintenance."),
               ("不要因为余额没变化就重复充值。", "Don't top up again just because the balance hasn't changed yet.")],
         prepare=[("充值时间和金额", "Time and amount of the top-up"), ("银行扣款短信或流水截图", "Bank text or statement screenshot"),
                  ("充值单号", "Top-up reference number"), ("使用的银行卡后四位", "Last four digits of the card")],
         kw=("充值没到账|扣钱了余额没加|充值不到账|余额没变|充值延迟|充值处理中|银行扣款了|充值丢了|充值成功没余额|充值查询",
             "top up not received|charged but balance unchanged|top-up missing|balance not updated|top up pending|top-up delay|money taken no balance|top-up lost|where is my top up|top-up status")),
    dict(slug="top-up-methods", urgency="low", rel=("cards",),
         titles=[("", "有哪些充值方式？", "What are the ways to top up?"),
                 ("bank", "如何用{x}卡给钱包充值？", "How do I top up with my {x} card?"),
                 ("when", "{x}充值多久到账？", "How long does a top-up take {x}?"),
                 ("device", "在{x}上如何设置自动充值？", "How do I set up auto top-up on {x}?")],
         desc=[("本文介绍银行卡充值、网银充值和自动充值等方式的操作步骤、到账时间和限额。",
                "How to top up by bank card, online banking or automatically, with timings and limits for each.")],
         intro=[("Lumi 钱包支持借记卡快捷充值、网银充值和自动充值三种方式，您可以根据金额和习惯选择。",
                 "Lumi Wallet supports quick debit card top-ups, online banking top-ups and auto top-up, so pick whichever suits the amount and how you like to pay."),
                ("用{bank}卡充值时，单笔上限以银行设置为准，一般为 {limit_single}。",
                 "When you top up from a card issued by {bank}, the per-transaction cap is set by the bank, typically {limit_single}.")],
         facts=True, bhead=[("充值方式", "Ways to top up")],
         causes=[("快捷充值", "绑定借记卡后输入金额即可，实时到账。", "Quick top-up",
                  "enter an amount once a debit card is linked, and it arrives instantly."),
                 ("网银充值", "跳转到银行页面完成付款，适合大额充值。", "Online banking",
                  "you finish the payment on your bank's page, which suits large amounts."),
                 ("自动充值", "余额低于设定金额时，自动从指定银行卡转入。", "Auto top-up",
                  "when your balance falls below a set amount, money moves in from a chosen card."),
                 ("他人转入", "亲友也可以通过转账把钱转到您的余额。", "Money from others",
                  "friends and family can also send money to your balance.")],
         steps=[("打开{m_topup}。", "Open {m_topup}."), ("选择充值方式和银行卡。", "Choose the method and card."),
                ("输入金额，确认后输入支付密码。", "Enter the amount, confirm and enter your payment password."),
                ("需要时完成银行短信验证。", "Complete your bank's SMS check if asked."),
                ("在{m_balance}中确认余额已更新。", "Check your balance has updated in {m_balance}.")],
         tips=[("经常使用余额付款的话，可以开启自动充值。", "If you often pay from your balance, turn on auto top-up."),
               ("余额不要超过日常所需。", "Don't keep more in your balance than you need day to day."),
               ("余额充值免费，不收取手续费。", "Topping up is free of charge.")],
         prepare=[("要使用的银行卡", "The card you want to use"), ("充值金额", "Amount to top up"),
                  ("银行预留手机号", "Phone number held by your bank")],
         kw=("怎么充值|充值方式|余额充值|自动充值|网银充值|充值到账时间|充值手续费|充值上限|往钱包加钱|充值教程",
             "how to top up|top up methods|add money|auto top up|online banking top up|top up time|top up fee|top up limit|load money|reload wallet")),
    dict(slug="phone-credit", urgency="medium", rel=("payments",),
         titles=[("", "话费充值没到账怎么办？", "My phone credit hasn't arrived – what should I do?"),
                 ("phone", "充值{x}失败怎么办？", "Buying {x} failed – what now?"),
                 ("phone", "{x}充值后迟迟没到账怎么办？", "I bought {x} but it hasn't arrived – what now?"),
                 ("when", "{x}充话费没到账怎么办？", "My phone credit top-up {x} hasn't arrived – what now?")],
         desc=[("话费充值通常几分钟内到账，本文说明充值失败或延迟时如何查询、等待多久以及如何退款。",
                "Phone credit usually arrives in minutes; here's what to check if it fails or is late, how long to wait and how refunds work.")],
         intro=[("话费和流量充值由运营商处理，我们收到付款后会立即提交给运营商。一般几分钟内到账，高峰期可能需要 {hours}。",
                 "Phone credit and data are processed by the carrier, and we pass your payment on straight away. It usually arrives "
                 "in minutes, but at busy times can take up to {hours}."),
                ("如果运营商最终充值失败，付款会自动原路退回，您无需另外申请。",
                 "If the carrier can't complete the top-up, your payment is refunded automatically – you don't need to ask.")],
         causes=[("手机号填写错误", "请核对号码，充错号码后运营商一般无法退回。", "Wrong number entered",
                  "check the number, because carriers usually can't reverse credit sent to the wrong one."),
                 ("号码已停机或销户", "停机较久或已销户的号码无法充值。", "Number suspended or closed",
                  "numbers that have been suspended for a long time or closed can't be topped up."),
                 ("运营商系统繁忙", "月初和月底是充值高峰，运营商处理较慢。", "Carrier busy",
                  "the start and end of the month are peak times, and carriers slow down."),
                 ("携号转网后信息未更新", "转网后的号码可能被识别为原运营商。", "Number recently switched carriers",
                  "a number that moved carriers may still show as the old one.")],
         steps=[("在{m_history}中查看充值订单状态。", "Check the order status in {m_history}."),
                ("核对充值的手机号是否正确。", "Check the phone number is right."),
                ("发送短信到运营商客服号查询余额。", "Text your carrier's service number to check the balance."),
                ("显示“充值中”时，请等待 {hours}。", "If it says Topping up, wait up to {hours}."),
                ("充值失败后，退款会在 {days}内原路返回。", "If it fails, the refund comes back within {days}.")],
         tips=[("把常用号码保存到充值页面。", "Save numbers you top up often."), ("避开月底高峰充值。", "Avoid the end-of-month rush."),
               ("给家人充值前再次确认号码。", "Double-check the number before topping up for family.")],
         prepare=[("充值手机号", "Phone number topped up"), ("订单号", "Order number"), ("充值金额和时间", "Amount and time"),
                  ("运营商余额短信截图", "Screenshot of the carrier's balance text")],
         kw=("话费充值失败|话费没到账|充话费|流量充值|充错号码|手机充值|话费延迟|运营商充值|充值话费退款|流量包没到账",
             "phone credit failed|mobile top up|credit not received|data bundle|top up phone|wrong number top up|airtime|carrier top up|phone bill|data not received")),
]

TOPICS["withdrawals"] = [
    dict(slug="withdrawal-delayed", urgency="medium", rel=("transfers", "cards"),
         titles=[("", "提现一直没到账怎么办？", "My withdrawal hasn't arrived – what should I do?"),
                 ("bank", "提现到{x}卡一直没到账怎么办？", "My withdrawal to my {x} card hasn't arrived – what now?"),
                 ("when", "{x}提现多久能到账？", "How long does a withdrawal take {x}?"),
                 ("device", "在{x}上如何查看提现进度？", "How do I track a withdrawal on {x}?")],
         desc=[("提现到账时间取决于到账方式和银行处理速度，本文介绍如何查询提现进度以及超时未到账时的处理方法。",
                "Withdrawal times depend on the speed you chose and the bank; here's how to track a withdrawal and what to do if it's late.")],
         intro=[("提现是把 Lumi 钱包余额转到您本人的银行卡。提交后资金会先从余额中扣除，再由银行入账。",
                 "A withdrawal moves money from your Lumi Wallet balance to your own bank card. The money leaves your balance first, then the bank credits it."),
                ("提现 {amount} 到{bank}卡时，实时到账一般 2 小时内完成，普通到账需要 {days}。",
                 "Withdrawing {amount} to your {bank} card usually takes up to 2 hours for instant, or {days} for standard.")],
         causes=[("选择了普通到账", "普通到账在工作日批量处理，周末和节假日顺延。", "Standard speed",
                  "standard withdrawals are processed in batches on business days, later at weekends and holidays."),
                 ("银行入账延迟", "资金已从我们这里发出，但银行还没有入账。", "Bank hasn't posted it yet",
                  "the money has left us but your bank hasn't credited it yet."),
                 ("风控审核", "大额或异常提现需要额外审核。", "Security review", "large or unusual withdrawals need an extra check."),
                 ("银行卡状态异常", "卡片挂失、冻结或注销会导致提现被退回。", "Card problem",
                  "a card that's reported lost, frozen or closed causes the withdrawal to bounce back.")],
         steps=[("打开{m_withdraw}，在提现记录中查看状态。", "Open {m_withdraw} and look at the status in the withdrawal history."),
                ("记下预计到账时间和提现单号。", "Note the expected arrival time and reference."),
                ("超过预计时间后，查看{bank}卡的交易明细。", "Once that time has passed, check your {bank} card's transactions."),
                ("如果银行没有入账记录，联系客服获取银行流水号。", "If the bank shows nothing, contact support for the bank reference number."),
                ("凭流水号向银行查询。", "Ask your bank to trace it with that reference.")],
         tips=[("急用时选择实时到账。", "Choose instant when you need the money quickly."), ("提前了解节假日安排。", "Check holiday schedules ahead of time."),
               ("保持提现卡状态正常。", "Keep your withdrawal card in good standing.")],
         prepare=[("提现单号", "Withdrawal reference"), ("提现金额和时间", "Amount and time"),
                  ("收款银行卡后四位", "Last four digits of the card"), ("银行流水截图", "Screenshot of your bank statement")],
         kw=("提现没到账|提现多久到账|提现处理中|提现延迟|钱提不出来|提现到银行卡|提现进度|提现查询|余额提现|提现审核",
             "withdrawal not received|withdrawal pending|how long withdrawal|cash out delay|withdraw to bank|withdrawal status|withdrawal processing|money not in bank|withdrawal review|cash out")),
    dict(slug="withdrawal-fee", urgency="low", rel=("transfers",),
         titles=[("", "提现要收手续费吗？", "Are there fees for withdrawals?"),
                 ("bank", "提现到{x}卡收多少手续费？", "What does it cost to withdraw to my {x} card?"),
                 ("when", "{x}提现有免费额度吗？", "Is there a free withdrawal allowance {x}?"),
                 ("device", "在{x}上提现时如何查看手续费？", "How do I see the withdrawal fee on {x}?")],
         desc=[("本文介绍提现手续费的计算方法、每月免费额度以及如何减少手续费。",
                "How withdrawal fees are worked out, the monthly free allowance and ways to pay less.")],
         intro=[("每位用户每月有 {free_quota} 的免费提现额度，超出部分按 {fee_rate} 收取手续费，单笔最低 {min_fee}。",
                 "Every user gets {free_quota} of free withdrawals a month; above that we charge {fee_rate}, at least {min_fee} per withdrawal."),
                ("手续费在提现时直接从提现金额中扣除，提交前页面会显示实际到账金额。",
                 "The fee comes out of the amount withdrawn, and the screen shows exactly what you'll receive before you confirm.")],
         facts=True, bhead=[("手续费规则", "How fees work")],
         causes=[("免费额度", "每月 1 日重置，未用完的额度不累计到下月。", "Free allowance",
                  "resets on the 1st of each month, and unused allowance doesn't carry over."),
                 ("手续费计算", "例如提现 {amount}，超出免费额度的部分按 {fee_rate} 计费。", "How it's calculated",
                  "for example, if you withdraw {amount}, the part above your allowance is charged at {fee_rate}."),
                 ("免手续费的情况", "退款、活动奖励等资金提现不收手续费。", "When it's free",
                  "withdrawing refunds and reward payouts is free."),
                 ("到账速度与费用", "实时到账和普通到账的手续费相同。", "Speed and cost",
                  "instant and standard withdrawals cost the same.")],
         steps=[("打开{m_withdraw}。", "Open {m_withdraw}."),
                ("输入金额，查看页面显示的手续费和到账金额。", "Enter an amount and check the fee and the amount you'll receive."),
                ("需要时调整金额，尽量在免费额度内提现。", "Adjust the amount to stay within your free allowance if you can."),
                ("确认后输入支付密码。", "Confirm and enter your payment password.")],
         tips=[("直接用余额付款，可以减少提现需求。", "Paying directly from your balance means you need to withdraw less."),
               ("把多次小额提现合并为一次。", "Combine several small withdrawals into one."),
               ("留意活动期间的免费提现券。", "Look out for free-withdrawal vouchers during promotions.")],
         prepare=[("提现单号", "Withdrawal reference"), ("提现金额", "Amount withdrawn"), ("手续费截图", "Screenshot showing the fee")],
         kw=("提现手续费|提现收费|免费提现额度|提现扣费|手续费多少|提现费率|提现券|提现免费|手续费怎么算|提现额度",
             "withdrawal fee|cash out fee|free withdrawal|withdrawal charge|fee rate|withdrawal allowance|cost to withdraw|free cash out voucher|withdraw cost|fee calculation")),
    dict(slug="withdrawal-failed", urgency="medium", rel=("cards", "account"),
         titles=[("", "提现失败怎么办？", "My withdrawal failed – what should I do?"),
                 ("bank", "提现到{x}卡失败怎么办？", "My withdrawal to my {x} card failed – what now?"),
                 ("when", "{x}提现失败怎么办？", "My withdrawal failed {x} – what can I do?"),
                 ("device", "在{x}上提现一直失败怎么办？", "Withdrawals keep failing on {x} – what can I do?")],
         desc=[("提现失败多与银行卡状态、实名信息或提现限额有关，本文说明失败后资金去向和重新提现的方法。",
                "Withdrawals fail because of the card, your verified details or limits; here's where the money goes and how to try again.")],
         intro=[("提现失败后，扣除的金额会全额退回余额，手续费也会一并退还。",
                 "If a withdrawal fails, the full amount goes back to your balance, fee included."),
                ("失败原因会显示在提现详情页，请根据提示处理后再重新提交。",
                 "The reason appears on the withdrawal details page, so fix it and then submit again.")],
         causes=[("银行卡户名不一致", "提现卡必须是本人名下的借记卡。", "Name doesn't match",
                  "the card must be a debit card in your own name."),
                 ("卡片状态异常", "卡片冻结、挂失或长期未使用被银行限制。", "Card problem",
                  "the card is frozen, reported lost or restricted by the bank for being unused."),
                 ("超出提现限额", "每日最多提现 {limit_daily}。", "Over the limit", "you can withdraw up to {limit_daily} a day."),
                 ("未完成实名认证", "需要完成实名认证后才能提现。", "Not verified",
                  "you need to verify your identity before you can withdraw.")],
         steps=[("在{m_withdraw}的提现记录中查看失败原因。", "See the reason in the withdrawal history under {m_withdraw}."),
                ("确认退回的金额已回到余额。", "Check the money is back in your balance."),
                ("检查提现卡是否为本人借记卡且状态正常。", "Check the card is your own debit card and in good standing."),
                ("需要时换一张卡，例如{bank2}卡。", "Use another card if needed, such as your {bank2} card."),
                ("重新提交提现。", "Submit the withdrawal again.")],
         tips=[("至少绑定两张可提现的借记卡。", "Link at least two debit cards you can withdraw to."),
               ("完成实名认证后再充值大额资金。", "Verify your identity before topping up large amounts."),
               ("长期不用的银行卡及时解绑。", "Remove cards you no longer use.")],
         prepare=[("提现单号", "Withdrawal reference"), ("失败提示截图", "Screenshot of the failure message"),
                  ("银行卡后四位", "Last four digits of the card")],
         kw=("提现失败|提现被拒|提不了现|提现不成功|提现退回|提现报错|提现卡异常|提现限额|无法提现|提现失败退款",
             "withdrawal failed|can't withdraw|cash out failed|withdrawal declined|withdrawal returned|withdrawal error|withdraw limit|unable to withdraw|withdrawal rejected|withdraw money")),
    dict(slug="balance-frozen", urgency="high", rel=("security", "support"),
         titles=[("", "余额被冻结无法提现怎么办？", "My balance is frozen and I can't withdraw – what now?"),
                 ("when", "{x}发现余额被冻结怎么办？", "My balance was frozen {x} – what should I do?"),
                 ("bank", "提现到{x}卡时提示余额冻结怎么办？", "I'm told my balance is frozen when withdrawing to my {x} card – what now?"),
                 ("device", "在{x}上如何提交解冻材料？", "How do I send documents to unfreeze my balance on {x}?")],
         desc=[("余额被冻结通常是风控审核或司法要求造成的，本文介绍如何查看冻结原因、提交材料以及解冻需要多久。",
                "Balances are frozen for security reviews or legal orders; here's how to see why, send documents and how long unfreezing takes.")],
         intro=[("余额冻结后，您仍然可以查看余额和交易记录，但无法付款、转账和提现。",
                 "While your balance is frozen you can still see it and your history, but you can't pay, transfer or withdraw."),
                ("冻结是为了保护您的资金，多数情况下提交材料后 {days}内即可解冻。",
                 "Freezes are there to protect your money, and most are lifted within {days} of sending the documents we ask for.")],
         causes=[("风控审核", "检测到异常交易时，系统会暂时冻结部分余额。", "Security review",
                  "unusual activity can lead to part of your balance being frozen for a while."),
                 ("身份信息待补充", "证件过期或信息不完整时需要补充材料。", "Missing identity details",
                  "an expired document or incomplete details mean we need more information."),
                 ("司法冻结", "根据司法机关要求冻结的，需要联系相关机关处理。", "Legal freeze",
                  "freezes ordered by the authorities have to be resolved with them."),
                 ("本人申请冻结", "您曾在安全中心手动冻结账户。", "You froze it yourself",
                  "you froze the account in the security center earlier.")],
         steps=[("打开{m_balance}，点击冻结提示查看原因。", "Open {m_balance} and tap the notice to see why."),
                ("按要求上传证件或交易说明。", "Upload the documents or explanations requested."),
                ("在{m_tickets}中查看审核进度。", "Follow the review in {m_tickets}."),
                ("审核通过后余额自动解冻。", "Your balance is unfrozen automatically once approved."),
                ("如属司法冻结，请按通知联系相关机关。", "For legal freezes, contact the authority named in the notice.")],
         tips=[("及时更新到期的证件。", "Update expiring documents in good time."), ("不要出借账户或代他人收款。", "Never lend your account or receive money for others."),
               ("大额交易前准备好资金来源说明。", "Be ready to explain where large sums come from.")],
         prepare=[("身份证件", "ID document"), ("冻结提示截图", "Screenshot of the freeze notice"),
                  ("相关交易说明", "Explanation of the transactions involved"), ("资金来源证明", "Proof of where the money came from")],
         kw=("余额冻结|钱被冻结|无法提现|账户冻结|解冻|冻结原因|风控冻结|司法冻结|余额不能用|资金冻结",
             "balance frozen|money frozen|can't withdraw|account frozen|unfreeze|why frozen|security hold|legal freeze|funds on hold|frozen funds")),
]

TOPICS["merchants"] = [
    dict(slug="merchant-refund", urgency="medium", rel=("payments",),
         titles=[("", "如何向商家申请退款？", "How do I ask a merchant for a refund?"),
                 ("place", "在{x}消费后如何申请退款？", "How do I get a refund for a purchase at {x}?"),
                 ("when", "{x}买的东西怎么退款？", "How do I get a refund for something I bought {x}?"),
                 ("bank", "用{x}卡付的款如何申请退款？", "How do I get a refund for a payment made with my {x} card?")],
         desc=[("退款需要由商家发起，本文介绍如何联系商家、在 Lumi 钱包中申请退款以及商家不处理时怎么办。",
                "Refunds are issued by the merchant; here's how to contact them, request a refund in Lumi Wallet and what to do if they don't respond.")],
         intro=[("付款完成后，资金已经进入商家账户，退款需要商家同意并发起。Lumi 钱包可以帮您联系商家并跟进进度。",
                 "Once you've paid, the money is with the merchant, so a refund needs their agreement. Lumi Wallet can help you contact them and follow up."),
                ("在{place}消费后想退款，最快的方式通常是直接联系商家。",
                 "If you want a refund from the {place}, the quickest route is usually to ask them directly.")],
         facts=True, bhead=[("退款途径", "Ways to get a refund")],
         causes=[("线下门店", "带上付款记录回到门店，由收银员操作退款。", "In-store",
                  "go back with the payment record and the cashier can refund it."),
                 ("网上购物", "在商家平台提交退货退款申请，商家确认收货后退款。", "Online",
                  "request a return and refund on the merchant's site, and they refund once they get the item back."),
                 ("商家不回应", "付款 {days}后仍无回应时，可以在 App 中申请平台介入。", "No reply from the merchant",
                  "if they haven't answered within {days} of payment, ask us to step in through the app."),
                 ("部分退款", "商家可以只退还部分金额，例如退掉一件商品。", "Partial refunds",
                  "a merchant can refund part of the amount, such as one item.")],
         steps=[("在{m_history}中找到这笔付款。", "Find the payment in {m_history}."),
                ("点击“联系商家”，说明退款原因。", "Tap **Contact merchant** and explain why you want a refund."),
                ("商家同意后，等待商家发起退款。", "Once they agree, wait for them to send it."),
                ("{days}内未得到处理时，点击“申请平台介入”。", "If nothing happens within {days}, tap **Ask Lumi Wallet to step in**."),
                ("上传聊天记录、订单截图等证明材料。", "Upload chat logs, order screenshots and other evidence.")],
         tips=[("付款前了解商家的退换货规则。", "Check the merchant's return policy before paying."), ("保留小票和订单截图。", "Keep receipts and order screenshots."),
               ("不要通过私下转账的方式接受退款。", "Don't accept refunds through private transfers.")],
         prepare=[("订单号或交易单号", "Order or transaction number"), ("付款金额和时间", "Amount and time of payment"),
                  ("商家名称", "Merchant name"), ("与商家的沟通记录", "Messages with the merchant")],
         kw=("申请退款|商家退款|怎么退款|退货退款|商家不退款|部分退款|平台介入|退款申请|门店退款|网购退款",
             "request refund|merchant refund|how to get refund|return and refund|merchant won't refund|partial refund|dispute|refund request|store refund|online purchase refund")),
    dict(slug="order-dispute", urgency="medium", rel=("payments", "support"),
         titles=[("", "对订单有异议如何申诉？", "How do I dispute a purchase?"),
                 ("place", "在{x}的消费有争议怎么处理？", "I have a problem with a purchase at {x} – how do I dispute it?"),
                 ("when", "{x}下的订单有问题如何申诉？", "I have a problem with an order I placed {x} – how do I dispute it?"),
                 ("bank", "用{x}卡支付的订单如何申诉？", "How do I dispute an order I paid for with my {x} card?")],
         desc=[("商品未收到、货不对板或服务未提供时，可以发起交易争议，本文介绍申诉条件、所需材料和处理时间。",
                "If goods didn't arrive, weren't as described or a service wasn't provided, you can open a dispute; here's how it works.")],
         intro=[("交易争议适用于您已经付款，但商家没有按约定提供商品或服务的情况。",
                 "A dispute is for when you've paid but the merchant didn't provide the goods or service as agreed."),
                ("这笔 {amount} 的消费如果与商家协商无果，可以提交给我们处理，我们会在 {days}内给出结论。",
                 "If you can't settle this {amount} payment with the merchant, send it to us and we'll reach a decision within {days}.")],
         facts=True, bhead=[("哪些情况可以申诉", "What you can dispute")],
         causes=[("未收到商品", "超过约定时间仍未收到货物。", "Item not received", "the goods haven't arrived by the promised date."),
                 ("与描述不符", "商品质量、数量或规格与页面描述明显不同。", "Not as described",
                  "quality, quantity or specification is clearly different from the listing."),
                 ("服务未提供", "已付款的课程、活动或预约被取消且未退款。", "Service not provided",
                  "a paid class, event or booking was cancelled without a refund."),
                 ("金额有误", "实际扣款金额高于商家标价。", "Wrong amount", "you were charged more than the price shown.")],
         steps=[("先与商家沟通，保留沟通记录。", "Talk to the merchant first and keep the messages."),
                ("在交易详情页点击“发起争议”。", "Tap **Open a dispute** on the transaction details page."),
                ("选择争议类型，填写说明。", "Choose the type and describe the problem."),
                ("上传照片、聊天记录等证据。", "Upload photos, chat logs and other evidence."),
                ("在{m_tickets}中查看处理进度，按要求补充材料。", "Follow progress in {m_tickets} and add anything we ask for.")],
         tips=[("付款后 180 天内可以发起争议。", "You can open a dispute up to 180 days after paying."),
               ("证据越完整，处理越快。", "The more complete your evidence, the faster we can decide."),
               ("不要同时向银行和平台重复申诉。", "Don't raise the same dispute with both your bank and us.")],
         prepare=[("交易单号", "Transaction number"), ("商品或服务照片", "Photos of the goods or service"),
                  ("与商家的沟通记录", "Messages with the merchant"), ("物流单号（如有）", "Tracking number, if any")],
         kw=("交易争议|申诉|投诉商家|货不对板|没收到货|服务未提供|订单纠纷|买到假货|商家欺诈|申请仲裁",
             "dispute|chargeback|complain about merchant|item not received|not as described|service not provided|order problem|fake goods|merchant fraud|open a case")),
    dict(slug="cancel-subscription", urgency="medium", rel=("cards", "security"),
         titles=[("", "如何取消自动续费？", "How do I cancel a subscription?"),
                 ("service", "如何取消{x}的自动续费？", "How do I cancel my {x}?"),
                 ("service", "{x}自动扣费了怎么办？", "My {x} renewed automatically – what now?"),
                 ("bank", "{x}卡被自动续费扣款了怎么办？", "My {x} card was charged for a subscription renewal – what now?")],
         desc=[("本文介绍如何查看和取消自动续费与免密支付，以及被意外扣费后如何申请退款。",
                "How to find and cancel subscriptions and password-free payments, and how to ask for a refund after an unexpected renewal.")],
         intro=[("开通会员或服务时，如果勾选了自动续费，到期后会从 Lumi 钱包自动扣款。",
                 "If you chose automatic renewal when signing up for a membership or service, it's charged to Lumi Wallet when it expires."),
                ("所有自动扣费项目都集中在{m_autopay}中，您可以随时查看和关闭。",
                 "All automatic payments are listed in {m_autopay}, where you can review and turn them off at any time.")],
         causes=[("忘记开通了自动续费", "很多会员首月优惠会默认开启自动续费。", "You forgot you'd signed up",
                  "many first-month deals turn on auto-renewal by default."),
                 ("取消后仍被扣费", "在扣费日前 24 小时内取消，当期费用可能仍会扣除。", "Charged after cancelling",
                  "cancelling less than 24 hours before the renewal date may not stop that payment."),
                 ("多个账号重复订阅", "同一服务在不同账号下各订阅了一次。", "Subscribed twice",
                  "the same service was subscribed on two different accounts."),
                 ("家人使用了您的支付方式", "家庭共享设备上可能由家人开通。", "Family used your payment method",
                  "someone in the family may have signed up on a shared device.")],
         steps=[("打开{m_autopay}。", "Open {m_autopay}."),
                ("找到对应的服务，点击“关闭自动扣费”。", "Find the service and tap **Turn off automatic payment**."),
                ("同时在服务商的 App 中取消订阅。", "Cancel in the service's own app too."),
                ("对意外扣费，先联系服务商申请退款。", "For an unexpected charge, ask the service provider for a refund first."),
                ("服务商不处理时，在交易详情中申请平台协助。", "If they won't help, ask us for help from the transaction details.")],
         tips=[("开通会员前留意是否默认勾选自动续费。", "Check whether auto-renewal is ticked before you sign up."),
               ("每季度检查一次自动扣费列表。", "Review your automatic payments every three months."),
               ("开启扣费前提醒。", "Turn on reminders before renewals.")],
         prepare=[("服务名称", "Name of the service"), ("扣费时间和金额", "Date and amount charged"),
                  ("订阅账号", "Account used to subscribe"), ("取消订阅的截图", "Screenshot of the cancellation")],
         kw=("自动续费|取消自动扣费|免密支付|会员扣费|关闭自动续费|莫名扣费|订阅取消|自动扣款|连续包月|续费退款",
             "cancel subscription|auto renewal|automatic payment|recurring charge|unexpected charge|membership renewal|turn off auto pay|password-free payment|monthly subscription|refund renewal")),
    dict(slug="unknown-merchant-name", urgency="low", rel=("security", "payments"),
         titles=[("", "账单里的商户名称看不懂怎么办？", "I don't recognise a merchant name in my history – what is it?"),
                 ("place", "在{x}消费后显示的商户名不一样怎么办？", "I paid at {x} but a different name shows up – why?"),
                 ("when", "{x}的账单出现陌生商户名怎么办？", "An unfamiliar merchant name appeared {x} – what is it?"),
                 ("bank", "{x}卡账单里的商户名看不懂怎么办？", "I don't recognise a merchant on my {x} card statement – what is it?")],
         desc=[("账单显示的商户名称常常是公司注册名或支付服务商名称，本文教您如何识别，以及确认是陌生交易后怎么办。",
                "Billing names are often a company's registered name or a payment provider; here's how to identify one and what to do if it isn't yours.")],
         intro=[("交易记录中显示的商户名称来自商户注册信息，可能与门店招牌、App 名称完全不同。",
                 "The merchant name in your history comes from the merchant's registration, and can be completely different from the shop sign or app name."),
                ("例如您在{place}付款 {amount}，账单上可能显示为一家您没听说过的商贸公司。",
                 "For example, paying {amount} at the {place} might show up as a trading company you've never heard of.")],
         causes=[("公司注册名", "门店使用品牌名，账单显示公司全称。", "Registered company name",
                  "shops trade under a brand, but bills show the full company name."),
                 ("支付服务商", "部分小商户通过收款服务商收款，显示的是服务商名称。", "Payment provider",
                  "small merchants may use a payment provider, whose name appears instead."),
                 ("平台代收", "在网购平台购买时，显示的是平台名称。", "Marketplace",
                  "purchases on a marketplace show the platform's name."),
                 ("确实是陌生交易", "如果无法对应任何消费，可能是盗刷。", "Genuinely unknown",
                  "if it matches nothing you bought, it may be fraud.")],
         steps=[("打开交易详情，查看商户全称、时间和金额。", "Open the transaction details and check the full name, time and amount."),
                ("回想当时的消费，核对小票或订单。", "Think back and match it to a receipt or order."),
                ("点击商户名称，查看商户的客服电话。", "Tap the merchant name to see their support number."),
                ("仍无法确认时，联系客服帮您查询。", "If you still can't place it, ask support to look it up.")],
         tips=[("付款后保留电子小票。", "Keep digital receipts."), ("定期核对账单。", "Check your statements regularly."),
               ("为交易添加备注，方便以后查找。", "Add notes to transactions so they're easy to find later.")],
         prepare=[("交易单号", "Transaction number"), ("商户名称", "Merchant name as shown"), ("交易时间和金额", "Time and amount")],
         kw=("商户名称|看不懂的扣款|陌生商户|账单商户名|不认识的商家|这笔扣款是什么|扣款来源|商户全称|账单查询|陌生公司扣款",
             "merchant name|unknown merchant|unfamiliar name on statement|what is this charge|company name on bill|who charged me|billing descriptor|strange merchant|statement name|charge lookup")),
]

TOPICS["rewards"] = [
    dict(slug="points-missing", urgency="low", rel=("payments",),
         titles=[("", "积分没到账怎么办？", "My reward points haven't arrived – what now?"),
                 ("place", "在{x}消费后积分没到账怎么办？", "I didn't get points for a purchase at {x} – what now?"),
                 ("when", "{x}消费的积分什么时候到账？", "When do I get points for spending {x}?"),
                 ("bank", "用{x}卡消费为什么没有积分？", "Why didn't I get points for paying with my {x} card?")],
         desc=[("消费积分一般在交易完成后发放，本文介绍积分规则、到账时间以及积分缺失时如何申请补发。",
                "Points are usually added after a payment completes; here are the rules, timings and how to claim missing points.")],
         intro=[("每消费 1 元可获得 1 积分，积分会在交易完成后 {days}内发放到{m_rewards}。",
                 "You earn 1 point for every ¥1 you spend, added to {m_rewards} within {days} of the payment completing."),
                ("这笔 {amount} 的消费可以获得相应积分，退款后积分会相应扣回。",
                 "This {amount} payment earns points accordingly; if it's refunded, the points are taken back.")],
         causes=[("交易尚未完成", "网购订单在确认收货后才算完成。", "Payment not complete",
                  "online orders only count once you confirm delivery."),
                 ("不参与积分的交易", "转账、充值、缴费等不计积分。", "Transactions that don't earn points",
                  "transfers, top-ups and bill payments don't earn points."),
                 ("超出每月上限", "每月最多获得 5,000 积分。", "Monthly cap reached", "you can earn up to 5,000 points a month."),
                 ("账户等级不符", "部分加倍积分活动只面向特定等级。", "Account level",
                  "some bonus-point offers are only for certain levels.")],
         steps=[("打开{m_rewards}，查看积分明细。", "Open {m_rewards} and look at your points history."),
                ("确认交易状态为“已完成”。", "Check the transaction shows as Completed."),
                ("对照活动规则，确认交易是否参与积分。", "Check the offer rules to see whether it qualifies."),
                ("超过 {days}仍未到账，点击“积分申诉”。", "If points haven't arrived after {days}, tap **Missing points**.")],
         tips=[("积分有效期为 2 年，请及时使用。", "Points last 2 years, so use them in time."),
               ("关注每月的积分加倍活动。", "Look out for double-points offers each month."),
               ("积分不能转让或兑现。", "Points can't be transferred or exchanged for cash.")],
         prepare=[("交易单号", "Transaction number"), ("消费时间和金额", "Time and amount"), ("活动页面截图", "Screenshot of the offer")],
         kw=("积分没到账|积分查询|积分规则|积分丢了|积分补发|积分过期|消费积分|积分怎么算|积分少了|积分申诉",
             "points not received|reward points|points missing|points rules|points expired|earn points|how points work|points history|claim points|missing points")),
    dict(slug="coupon-not-working", urgency="low", rel=("payments", "merchants"),
         titles=[("", "优惠券用不了怎么办？", "My coupon won't work – why?"),
                 ("place", "在{x}优惠券无法使用怎么办？", "My coupon won't work at {x} – why?"),
                 ("when", "{x}优惠券为什么用不了？", "Why won't my coupon work {x}?"),
                 ("bank", "{x}卡专享优惠券用不了怎么办？", "My {x} card coupon won't work – why?")],
         desc=[("优惠券无法使用通常与使用门槛、适用商户、有效期或支付方式有关，本文帮您逐项核对。",
                "Coupons fail because of minimum spend, eligible merchants, expiry dates or payment method; here's how to check each.")],
         intro=[("每张优惠券都有使用条件，付款时系统会自动匹配可用的优惠券。",
                 "Every coupon has conditions, and the best available one is applied automatically at checkout."),
                ("在{place}付款时没有出现优惠，请先在{m_coupons}中查看这张券的使用说明。",
                 "If no discount appeared when paying at the {place}, check the coupon's terms in {m_coupons} first.")],
         causes=[("未达到使用门槛", "例如满 100 元减 10 元，付款金额需达到 100 元。", "Minimum spend not met",
                  "for example, ¥10 off ¥100 needs a payment of at least ¥100."),
                 ("商户不适用", "部分优惠券只能在指定商户或品类使用。", "Merchant not eligible",
                  "some coupons only work at certain merchants or categories."),
                 ("已过期或未生效", "注意优惠券的开始和结束时间。", "Expired or not started", "check the start and end dates."),
                 ("支付方式不符", "有的券只能用指定银行卡支付时使用。", "Wrong payment method",
                  "some coupons only apply when paying with a particular card."),
                 ("每人限用次数", "同一活动的优惠券每人只能使用一次。", "Use limit",
                  "coupons from one promotion can only be used once per person.")],
         steps=[("打开{m_coupons}，点击这张券查看规则。", "Open {m_coupons} and tap the coupon to see the rules."),
                ("核对金额、商户、时间和支付方式。", "Check the amount, merchant, dates and payment method."),
                ("付款时在确认页手动选择优惠券。", "Choose the coupon manually on the payment confirmation screen."),
                ("满足条件仍无法使用时，截图后联系客服。", "If it still won't apply, take a screenshot and contact support.")],
         tips=[("领取优惠券后尽快使用。", "Use coupons soon after you get them."), ("开启优惠券到期提醒。", "Turn on expiry reminders."),
               ("优惠券不能叠加使用。", "Coupons can't be combined.")],
         prepare=[("优惠券名称", "Coupon name"), ("付款页面截图", "Screenshot of the payment screen"), ("商户名称", "Merchant name")],
         kw=("优惠券用不了|优惠券无效|红包用不了|满减券|优惠券过期|优惠没有减|券不能用|代金券|折扣券|优惠券门槛",
             "coupon not working|voucher invalid|discount not applied|coupon expired|minimum spend|promo code|coupon rules|voucher won't apply|discount coupon|offer not working")),
    dict(slug="cashback-missing", urgency="low", rel=("cards", "payments"),
         titles=[("", "返现没到账怎么办？", "My cashback hasn't arrived – what now?"),
                 ("bank", "用{x}卡支付的返现没到账怎么办？", "I paid with my {x} card but didn't get cashback – why?"),
                 ("place", "在{x}消费的返现什么时候到？", "When will I get cashback for spending at {x}?"),
                 ("when", "{x}参加的返现活动什么时候到账？", "When will cashback from an offer I joined {x} arrive?")],
         desc=[("返现通常在活动结束后统一发放，本文说明返现规则、发放时间以及如何查询和申诉。",
                "Cashback is usually paid after the promotion ends; here are the rules, timings and how to check or claim it.")],
         intro=[("返现活动一般由 Lumi 钱包与银行或商户联合举办，返现金额会发放到余额。",
                 "Cashback offers are usually run with a bank or merchant, and cashback is paid into your balance."),
                ("本次活动返现 {amount_small}，预计在活动结束后 {days}内到账。",
                 "This offer pays {amount_small} cashback, expected within {days} after it ends.")],
         causes=[("活动尚未结束", "多数返现在活动结束后统一结算。", "Offer hasn't ended",
                  "most cashback is paid in one go after the offer ends."),
                 ("未报名活动", "部分活动需要先点击“参加”。", "Didn't sign up", "some offers need you to tap **Join** first."),
                 ("支付方式不符", "指定银行卡活动需使用{bank}卡付款。", "Wrong payment method",
                  "this offer needs payment with a card issued by {bank}."),
                 ("名额已满", "活动名额有限，先到先得。", "Places filled", "offers have limited places, first come first served.")],
         steps=[("打开{m_rewards}，查看返现记录。", "Open {m_rewards} and check your cashback history."),
                ("进入活动页面，核对参与条件和发放时间。", "Go to the offer page and check the conditions and payout date."),
                ("到期未发放时，点击“返现申诉”。", "If it's late, tap **Missing cashback**."),
                ("提供交易单号和活动截图。", "Give the transaction number and a screenshot of the offer.")],
         tips=[("参加活动前仔细阅读规则。", "Read the rules before joining."), ("保存活动页面截图。", "Screenshot the offer page."),
               ("返现到账后可以直接使用或提现。", "Cashback can be spent or withdrawn once it arrives.")],
         prepare=[("交易单号", "Transaction number"), ("活动名称", "Offer name"), ("活动页面截图", "Screenshot of the offer page")],
         kw=("返现没到账|返现查询|返现规则|银行卡返现|消费返现|返现多久到|返现活动|返现少了|返现申诉|立减没生效",
             "cashback not received|cashback missing|cashback rules|card cashback|when cashback|cashback offer|cashback less|claim cashback|instant discount|rebate")),
    dict(slug="referral-reward", urgency="low", rel=("account",),
         titles=[("", "邀请好友的奖励没收到怎么办？", "I didn't get my referral reward – what now?"),
                 ("person", "邀请{x}注册后没收到奖励怎么办？", "I invited {x} but didn't get a reward – why?"),
                 ("when", "{x}邀请好友有奖励吗？", "Are there referral rewards {x}?"),
                 ("device", "在{x}上如何分享邀请链接？", "How do I share my invite link on {x}?")],
         desc=[("邀请好友注册并完成首笔交易后，双方都能获得奖励，本文介绍奖励规则、发放时间和常见问题。",
                "When a friend you invite signs up and makes a first payment, you both get a reward; here are the rules, timings and common problems.")],
         intro=[("在{m_invite}中分享您的邀请链接，好友通过链接注册并完成实名认证和首笔消费后，双方各得奖励。",
                 "Share your link from {m_invite}; once a friend signs up with it, verifies and makes a first payment, you each get a reward."),
                ("奖励会在好友完成首笔消费后 {days}内发放。", "Rewards are paid within {days} of the friend's first payment.")],
         ctx={"person": [("邀请{person}时，请让对方直接通过您分享的链接注册。",
                          "When inviting {person}, ask them to sign up straight from the link you share.")]},
         causes=[("好友未通过链接注册", "直接下载 App 注册的，无法关联邀请关系。", "Didn't use your link",
                  "if they downloaded the app and signed up directly, the invitation can't be linked."),
                 ("好友是老用户", "已注册过的手机号不算新用户。", "Not a new user", "numbers that have been registered before don't count."),
                 ("未完成首笔消费", "首笔消费需满 10 元。", "No first payment yet", "the first payment must be at least ¥10."),
                 ("超出邀请上限", "每人每月最多获得 10 次邀请奖励。", "Over the limit", "you can get up to 10 referral rewards a month.")],
         steps=[("打开{m_invite}，查看邀请记录。", "Open {m_invite} and check your invitations."),
                ("确认好友状态是否为“已完成”。", "See whether your friend shows as Completed."),
                ("提醒好友完成实名认证和首笔消费。", "Remind your friend to verify and make a first payment."),
                ("条件满足仍未发放时，联系客服。", "If everything is done and there's no reward, contact support.")],
         tips=[("邀请时让好友直接点击您的链接。", "Ask friends to open your link directly."), ("不要通过虚假注册获取奖励。", "Don't create fake sign-ups for rewards."),
               ("奖励有效期为 30 天。", "Rewards are valid for 30 days.")],
         prepare=[("好友的注册手机号", "Friend's registered phone number"), ("邀请记录截图", "Screenshot of your invitations"),
                  ("好友注册时间", "When your friend signed up")],
         kw=("邀请奖励|邀请好友|推荐奖励|拉新奖励|邀请没奖励|邀请链接|邀请码|好友注册|邀请记录|奖励没发",
             "referral reward|invite friends|referral bonus|invite link|referral code|no referral reward|friend signed up|invitation history|refer a friend|bonus not paid")),
]

TOPICS["limits"] = [
    dict(slug="payment-limit", urgency="medium", rel=("payments", "cards"),
         titles=[("", "付款提示超出限额怎么办？", "I've hit my payment limit – what now?"),
                 ("bank", "用{x}卡付款提示超限怎么办？", "My {x} card payment is over the limit – what now?"),
                 ("place", "在{x}付款提示超出限额怎么办？", "I was told I'd hit my limit at {x} – what now?"),
                 ("when", "{x}付款提示超出限额怎么办？", "I hit my payment limit {x} – what now?")],
         desc=[("付款限额分为 Lumi 钱包的安全限额和银行卡限额，本文说明如何查看两种限额以及超限时的解决方法。",
                "Payment limits come from both Lumi Wallet and your bank; here's how to check each and what to do when you're over.")],
         intro=[("为保护资金安全，每个账户都有单笔和每日付款限额。当前账户的单笔限额为 {limit_single}，每日限额为 {limit_daily}。",
                 "To keep your money safe, every account has per-payment and daily limits. This account's limits are {limit_single} per payment and {limit_daily} per day."),
                ("使用银行卡付款时，还会受到银行设置的快捷支付限额约束，两者取较低的一个。",
                 "When paying by card, your bank's quick payment limit also applies, and the lower of the two counts.")],
         causes=[("超出单笔限额", "单笔金额超过 {limit_single}。", "Over the per-payment limit", "the amount is more than {limit_single}."),
                 ("超出每日累计限额", "当天所有付款合计超过 {limit_daily}。", "Over the daily limit",
                  "today's payments add up to more than {limit_daily}."),
                 ("银行卡限额较低", "{bank}对快捷支付可能有自己的限额。", "Low bank limit", "{bank} may set its own quick payment limit."),
                 ("新设备限额", "在新设备上登录的头 {hours}内，限额会临时降低。", "New device limit",
                  "limits are lowered for the first {hours} after signing in on a new device.")],
         steps=[("在{m_limits}中查看当前限额和已用额度。", "Check your limits and what's been used in {m_limits}."),
                ("分成多笔付款，或改用余额支付。", "Split the payment or pay from your balance."),
                ("在银行 App 中查看并调整快捷支付限额。", "Check and adjust your bank's quick payment limit in its app."),
                ("完成更高级别的身份验证以提高限额。", "Complete a higher level of verification to raise your limit.")],
         tips=[("大额消费前提前调整限额。", "Raise your limit before a big purchase."), ("不使用时保持较低的限额更安全。", "Lower limits are safer when you don't need them."),
               ("每日限额在 0 点重置。", "Daily limits reset at midnight.")],
         prepare=[("付款金额", "Amount of the payment"), ("超限提示截图", "Screenshot of the limit message"), ("使用的银行卡", "Card used")],
         kw=("超出限额|付款限额|支付限额|单笔限额|每日限额|限额多少|超限|银行卡限额|限额不够|额度不足",
             "over limit|payment limit|spending limit|daily limit|single payment limit|limit exceeded|bank card limit|how much can I pay|limit reached|not enough limit")),
    dict(slug="raise-limit", urgency="low", rel=("account",),
         titles=[("", "如何提高付款和转账限额？", "How do I raise my limits?"),
                 ("expense", "为了{x}需要提高限额怎么办？", "I need higher limits for {x} – how do I get them?"),
                 ("expense", "{x}需要大额付款，能临时提额吗？", "Can I get a temporary limit increase for {x}?"),
                 ("bank", "用{x}卡大额付款，如何提高限额？", "How do I raise my limit for large payments with my {x} card?")],
         desc=[("本文介绍限额由什么决定、如何通过身份验证提高限额，以及临时提额的申请方法。",
                "What sets your limits, how to raise them with extra verification and how to request a temporary increase.")],
         intro=[("限额与账户等级相关：完成的身份验证越完整，可用的限额越高。",
                 "Your limits depend on your account level: the more verification you complete, the higher they go."),
                ("如果只是一次性的大额支出，例如 {amount_large}，可以申请临时提额，有效期 {hours}。",
                 "For a one-off large payment such as {amount_large}, you can request a temporary increase that lasts {hours}.")],
         facts=True, bhead=[("提高限额的方法", "Ways to raise your limits")],
         causes=[("完成实名认证", "认证后单笔限额提高到 {limit_single}。", "Verify your identity",
                  "this raises the per-payment limit to {limit_single}."),
                 ("绑定本人银行卡", "绑定并验证银行卡后每日限额提高到 {limit_daily}。", "Link your own bank card",
                  "this lifts the daily limit to {limit_daily}."),
                 ("人脸识别", "完成人脸识别后可申请更高等级。", "Face recognition", "this lets you apply for a higher level."),
                 ("临时提额", "针对特定支出，提交说明后由人工审核。", "Temporary increase",
                  "for a particular expense, send an explanation for a manual review.")],
         steps=[("打开{m_limits}，点击“提高限额”。", "Open {m_limits} and tap **Raise limit**."),
                ("查看当前等级和提升条件。", "See your current level and what's needed for the next."),
                ("按提示完成验证。", "Complete the checks shown."),
                ("需要临时提额时，选择用途并上传证明。", "For a temporary increase, choose the purpose and upload proof."),
                ("审核结果会在 {hours}内通知您。", "You'll hear back within {hours}.")],
         tips=[("不要为了提额而使用他人证件。", "Never use someone else's documents to raise limits."),
               ("临时提额到期后自动恢复。", "Temporary increases end automatically."),
               ("较低的限额能降低被盗刷的损失。", "Lower limits reduce losses if your account is misused.")],
         prepare=[("身份证件", "ID document"), ("用途说明", "What the money is for"), ("相关合同或发票", "Related contract or invoice")],
         kw=("提高限额|提额|临时提额|限额调整|增加额度|大额支付|限额申请|账户升级|额度提升|调高限额",
             "raise limit|increase limit|temporary limit increase|higher limit|large payment|limit request|upgrade account|adjust limit|limit review|raise daily limit")),
    dict(slug="transfer-limit", urgency="medium", rel=("transfers",),
         titles=[("", "转账限额是多少？", "What are the transfer limits?"),
                 ("person", "给{x}大额转账超出限额怎么办？", "My transfer to {x} is over the limit – what now?"),
                 ("bank", "转账到{x}卡的限额是多少？", "What's the limit for sending money to an account at {x}?"),
                 ("when", "{x}转账提示超出限额怎么办？", "My transfer was over the limit {x} – what now?")],
         desc=[("本文介绍转账到 Lumi 钱包账户和银行卡的单笔、每日和年度限额，以及超限时的处理办法。",
                "The per-transfer, daily and yearly limits for sending to Lumi Wallet accounts and bank cards, and what to do when you're over.")],
         intro=[("转账限额分为单笔、每日和每年三种，分别为 {limit_single}、{limit_daily} 和 {limit_year}。",
                 "There are per-transfer, daily and yearly limits: {limit_single}, {limit_daily} and {limit_year}."),
                ("给{person}转账 {amount_large} 时，如果提示超限，可以分天转账或提高账户等级。",
                 "If sending {amount_large} to {person} says you're over the limit, spread it over several days or raise your account level.")],
         causes=[("单笔超限", "单次转账金额超过 {limit_single}。", "Over the per-transfer limit", "one transfer is more than {limit_single}."),
                 ("每日累计超限", "当日转账合计超过 {limit_daily}。", "Over the daily limit", "today's transfers total more than {limit_daily}."),
                 ("年度额度用完", "使用余额转账到银行卡受年度额度限制。", "Yearly allowance used up",
                  "transfers from balance to bank cards count against a yearly allowance."),
                 ("收款方限额", "对方账户等级较低时，收款也有限额。", "Recipient's limit",
                  "a recipient on a lower level can only receive so much.")],
         steps=[("在{m_limits}中查看剩余额度。", "Check what's left in {m_limits}."),
                ("把金额拆分成多笔，或次日再转。", "Split the amount or send the rest tomorrow."),
                ("使用银行卡直接付款，不占用余额的年度额度。", "Pay straight from your bank card, which doesn't use the yearly balance allowance."),
                ("提升账户等级以获得更高限额。", "Raise your account level for higher limits.")],
         tips=[("大额转账提前规划。", "Plan large transfers ahead."), ("提醒收款人完成实名认证。", "Remind recipients to verify their identity."),
               ("不要为规避限额使用他人账户。", "Don't use other people's accounts to get around limits.")],
         prepare=[("转账金额", "Amount"), ("收款人信息", "Recipient details"), ("超限提示截图", "Screenshot of the limit message")],
         kw=("转账限额|转账上限|每日转账额度|年度额度|转账超限|大额转账|转账额度不够|单笔转账上限|收款限额|转账额度",
             "transfer limit|maximum transfer|daily transfer limit|yearly limit|over transfer limit|large transfer|transfer allowance|single transfer limit|receiving limit|send money limit")),
    dict(slug="account-levels", urgency="low", rel=("account",),
         titles=[("", "账户等级有什么区别？", "What's the difference between account levels?"),
                 ("when", "{x}账户等级降低了怎么办？", "My account level dropped {x} – why?"),
                 ("device", "在{x}上如何查看账户等级？", "How do I check my account level on {x}?"),
                 ("bank", "绑定{x}卡后账户等级为什么没有提升？", "I linked my {x} card but my level didn't go up – why?")],
         desc=[("Lumi 钱包账户分为三个等级，不同等级的功能和限额不同，本文介绍各等级的条件以及如何升级。",
                "Lumi Wallet has three account levels with different features and limits; here's what each needs and how to move up.")],
         intro=[("账户等级取决于您完成的身份验证。等级越高，可用功能越多，限额也越高。",
                 "Your account level depends on the verification you've completed. Higher levels unlock more features and higher limits."),
                ("证件过期或信息变更时，账户等级可能会被暂时下调，更新信息后即可恢复。",
                 "If a document expires or details change, your level may drop temporarily until you update them.")],
         facts=True, bhead=[("三个账户等级", "The three levels")],
         causes=[("一级账户", "仅验证手机号，可以付款和收款，余额上限较低。", "Level 1",
                  "phone number verified only, so you can pay and receive money with a low balance cap."),
                 ("二级账户", "完成实名认证，可以转账和提现。", "Level 2", "identity verified, so you can transfer and withdraw."),
                 ("三级账户", "完成人脸识别并绑定本人银行卡，享有最高的每日限额。", "Level 3",
                  "face recognition done and your own card linked, with the highest daily limit."),
                 ("等级下调", "证件过期、长期未使用或存在风险时会下调。", "Level lowered",
                  "this happens when a document expires, the account is unused for a long time or there's a risk.")],
         steps=[("打开{m_level}查看当前等级。", "Open {m_level} to see your current level."),
                ("点击“升级”，查看需要完成的验证。", "Tap **Upgrade** to see which checks are needed."),
                ("按提示上传证件或完成人脸识别。", "Upload documents or complete face recognition as prompted."),
                ("升级通常即时生效，人工审核需要 {days}。", "Upgrades are usually instant; manual reviews take {days}.")],
         tips=[("证件到期前及时更新。", "Update documents before they expire."), ("保持账户正常使用。", "Keep using your account now and then."),
               ("高等级账户同样要注意保护密码。", "Higher levels still need a well-protected password.")],
         prepare=[("身份证件", "ID document"), ("账户等级截图", "Screenshot of your level"), ("降级通知", "The notice about the change")],
         kw=("账户等级|账户升级|一级账户|二级账户|三级账户|等级降低|账户降级|余额上限|账户类型|升级条件",
             "account level|upgrade account|level 1|level 2|level 3|level dropped|account downgraded|balance cap|account type|upgrade requirements")),
]

TOPICS["support"] = [
    dict(slug="complaint", urgency="low", rel=("merchants",),
         titles=[("", "如何投诉或提出建议？", "How do I make a complaint or suggestion?"),
                 ("when", "{x}的服务让我不满意，如何投诉？", "I wasn't happy with the service {x} – how do I complain?"),
                 ("place", "如何投诉{x}的收款服务？", "How do I complain about {x} that takes Lumi Wallet?"),
                 ("device", "在{x}上如何提交投诉？", "How do I make a complaint on {x}?")],
         desc=[("本文介绍投诉和建议的提交方式、处理时间，以及对处理结果不满意时如何申请复核。",
                "How to send a complaint or suggestion, how long it takes and how to ask for a review if you're unhappy with the outcome.")],
         intro=[("我们重视每一条意见。无论是对产品、服务还是合作商户的不满，都可以通过 App 提交。",
                 "We value every piece of feedback. Whether it's about the app, our service or a merchant, you can send it through the app."),
                ("投诉会在 {hours}内分配给专人处理，并在 {days}内给出答复。",
                 "Complaints are assigned to a named person within {hours} and answered within {days}.")],
         facts=True, bhead=[("可以反馈的内容", "What you can tell us about")],
         causes=[("服务投诉", "对客服态度、处理效率不满意。", "Service complaints", "about how support treated you or how long it took."),
                 ("产品建议", "对功能、界面或流程的改进意见。", "Product suggestions", "ideas to improve features, screens or flows."),
                 ("商户投诉", "对使用 Lumi 钱包收款的商户有意见。", "Merchant complaints", "about a merchant that takes Lumi Wallet."),
                 ("费用异议", "对手续费或扣费有疑问。", "Fee queries", "questions about fees or charges.")],
         steps=[("打开{m_help}，点击“投诉与建议”。", "Open {m_help} and tap **Complaints and suggestions**."),
                ("选择类型，详细描述经过。", "Choose a type and describe what happened."),
                ("上传截图等材料。", "Upload screenshots or other material."),
                ("在{m_tickets}中跟进进度。", "Follow progress in {m_tickets}."),
                ("对结果不满意时，点击“申请复核”。", "If you're not satisfied, tap **Ask for a review**.")],
         tips=[("描述时写清时间、金额和经过。", "Include times, amounts and what happened."), ("一个问题只提交一次。", "Submit each problem only once."),
               ("保持手机畅通，方便我们回访。", "Keep your phone on so we can call you back.")],
         prepare=[("事件经过", "What happened"), ("相关交易单号", "Related transaction numbers"), ("截图或录音", "Screenshots or recordings"),
                  ("期望的处理方式", "What you'd like us to do")],
         kw=("投诉|建议|意见反馈|客服态度差|投诉商家|投诉渠道|不满意|申请复核|服务投诉|产品建议",
             "complaint|suggestion|feedback|bad service|complain about merchant|how to complain|not satisfied|escalate|service complaint|product idea")),
    dict(slug="case-progress", urgency="low", rel=("merchants", "security"),
         titles=[("", "如何查询工单处理进度？", "How do I check the progress of my case?"),
                 ("when", "{x}提交的工单还没回复怎么办？", "I opened a case {x} and haven't heard back – what now?"),
                 ("device", "在{x}上如何查看我的工单？", "How do I see my cases on {x}?"),
                 ("bank", "涉及{x}的工单多久能处理完？", "How long does a case involving {x} take?")],
         desc=[("提交问题后会生成工单，本文介绍如何查看处理进度、补充材料以及工单超时未处理时怎么办。",
                "Every request creates a case; here's how to track it, add information and what to do if it's taking too long.")],
         intro=[("您通过在线客服、电话或邮件提交的问题，都会生成一个工单，工单号以 LW 开头。",
                 "Anything you raise by chat, phone or e-mail becomes a case with a number starting with LW."),
                ("普通工单会在 {days}内处理完毕，需要银行或商户配合的会稍长。",
                 "Most cases are closed within {days}, and ones that need a bank or merchant take a little longer.")],
         facts=True, bhead=[("工单状态说明", "What the statuses mean")],
         causes=[("待处理", "工单已提交，正在排队分配。", "Waiting", "submitted and waiting to be assigned."),
                 ("处理中", "已分配专人，正在核实情况。", "In progress", "someone is looking into it."),
                 ("待补充材料", "需要您提供更多信息，请在 {days}内补充。", "Needs information", "we need more from you within {days}."),
                 ("已完成", "处理结果已发送，您可以评价或申请复核。", "Completed",
                  "the outcome has been sent, and you can rate it or ask for a review.")],
         steps=[("打开{m_tickets}。", "Open {m_tickets}."), ("点击工单查看状态和处理记录。", "Tap a case to see its status and history."),
                ("状态为“待补充材料”时，按要求上传。", "If it says Needs information, upload what's asked."),
                ("超过承诺时间未处理时，点击“催办”。", "If it's past the promised time, tap **Chase**.")],
         tips=[("同一问题不要重复提交工单。", "Don't open several cases for one problem."), ("保存工单号。", "Keep your case number."),
               ("留意 App 消息提醒。", "Watch for in-app notifications.")],
         prepare=[("工单号", "Case number"), ("提交时间", "When you opened it"), ("问题描述", "Description of the problem")],
         kw=("工单进度|工单查询|问题处理进度|催办|客服没回复|补充材料|工单号|处理中|投诉进度|案件查询",
             "case status|ticket status|check case|chase case|no reply from support|add information|case number|request progress|follow up|complaint status")),
    dict(slug="transaction-statement", urgency="low", rel=("payments", "transfers"),
         titles=[("", "如何开具交易证明或账单？", "How do I get a statement or proof of payment?"),
                 ("proof", "{x}需要交易流水，如何开具？", "I need a statement for {x} – how do I get one?"),
                 ("proof", "如何为{x}导出付款凭证？", "How do I export proof of payment for {x}?"),
                 ("bank", "如何开具包含{x}卡交易的流水？", "How do I get a statement that includes my {x} card payments?")],
         desc=[("本文介绍如何在 App 中下载交易明细、开具带电子签章的交易证明，以及证明的有效期和用途。",
                "How to download your transactions and get a stamped statement or proof of payment in the app, and what they can be used for.")],
         intro=[("Lumi 钱包支持导出交易明细和开具电子交易证明，证明带有电子签章，可用于大多数正式场合。",
                 "Lumi Wallet lets you export your transactions and request digital statements with an electronic seal, accepted in most formal situations."),
                ("证明最长可以查询过去 5 年的交易，生成后会发送到您的邮箱。",
                 "Statements can cover up to 5 years, and are sent to your e-mail once ready.")],
         facts=True, bhead=[("可以开具的证明", "What you can request")],
         causes=[("交易明细", "列出指定时间段内的全部交易，格式为 PDF 或 Excel。", "Transaction list",
                  "all transactions for a period, as PDF or Excel."),
                 ("单笔付款凭证", "证明某一笔付款已完成。", "Proof of a single payment", "shows that one payment was made."),
                 ("余额证明", "显示某一天的账户余额。", "Balance certificate", "shows your balance on a given day."),
                 ("英文版证明", "用于海外机构时可以选择英文版本。", "English version",
                  "for organisations abroad you can choose English.")],
         steps=[("打开{m_statements}。", "Open {m_statements}."), ("选择证明类型和时间范围。", "Choose the type and date range."),
                ("填写接收邮箱。", "Enter the e-mail address to send it to."), ("验证身份后提交。", "Verify your identity and submit."),
                ("一般在 {hours}内发送到邮箱。", "It usually arrives within {hours}.")],
         tips=[("提前确认接收机构的格式要求。", "Check the format the organisation needs first."), ("证明文件不要随意转发。", "Don't forward statements casually."),
               ("可以在官网验证证明真伪。", "Statements can be checked for authenticity on our website.")],
         prepare=[("需要的时间范围", "Date range needed"), ("接收邮箱", "E-mail address"), ("用途说明", "What it's for")],
         kw=("交易证明|流水|账单导出|开具证明|付款凭证|交易明细|余额证明|电子签章|报销凭证|账单下载",
             "statement|proof of payment|export transactions|transaction history download|payment receipt|balance certificate|bank statement|official statement|expense receipt|download bill")),
    dict(slug="close-account", urgency="medium", rel=("account", "withdrawals"),
         titles=[("", "如何注销 Lumi 钱包账户？", "How do I close my Lumi Wallet account?"),
                 ("device", "在{x}上如何注销账户？", "How do I close my account on {x}?"),
                 ("when", "{x}注销账户需要注意什么？", "What should I know about closing my account {x}?"),
                 ("bank", "注销账户前如何处理绑定的{x}卡？", "What happens to my linked {x} card when I close my account?")],
         desc=[("注销账户前需要清空余额、解绑银行卡并结清未完成交易，本文介绍注销条件、步骤和注意事项。",
                "Before closing your account you need to empty your balance, remove cards and settle pending payments; here are the conditions and steps.")],
         intro=[("账户注销后无法恢复，交易记录也将无法查询，请在操作前导出需要保留的资料。",
                 "Closing your account can't be undone, and your history will no longer be available, so export anything you need first."),
                ("注销申请提交后有 {days}的冷静期，期间可以随时撤销。",
                 "After you apply, there's a cooling-off period of {days} during which you can cancel.")],
         facts=True, bhead=[("注销条件", "Before you can close")],
         causes=[("余额为零", "请先提现或消费完余额。", "Zero balance", "withdraw or spend your balance first."),
                 ("无未完成交易", "退款、提现、争议都需处理完毕。", "Nothing pending", "refunds, withdrawals and disputes must be finished."),
                 ("已关闭自动扣费", "所有自动扣费项目都需要关闭。", "No automatic payments", "all automatic payments must be turned off."),
                 ("账户无冻结", "冻结状态的账户需要先解冻。", "Not frozen", "a frozen account has to be unfrozen first.")],
         steps=[("导出需要保留的交易明细。", "Export any transaction records you want to keep."),
                ("提现全部余额并解绑银行卡。", "Withdraw your balance and remove your cards."),
                ("打开{m_help}，选择“注销账户”。", "Open {m_help} and choose **Close account**."),
                ("阅读注销须知，完成身份验证。", "Read the notice and verify your identity."),
                ("冷静期结束后账户正式注销。", "The account closes when the cooling-off period ends.")],
         tips=[("注销前确认不再需要交易记录。", "Make sure you won't need your history."), ("注销后手机号可以重新注册。", "You can register again with the same number later."),
               ("如只是暂时不用，可以选择冻结账户。", "If you just want a break, freeze the account instead.")],
         prepare=[("注册手机号", "Registered phone number"), ("身份证件", "ID document"), ("注销原因", "Why you're closing it")],
         kw=("注销账户|删除账户|销户|关闭账户|不想用了|账户注销条件|撤销注销|注销冷静期|注销失败|永久删除",
             "close account|delete account|cancel account|remove account|stop using|closure conditions|undo closure|cooling-off period|can't close account|permanently delete")),
]

TOPICS["app"] = [
    dict(slug="app-crash", urgency="medium", rel=("account",),
         titles=[("", "App 闪退或打不开怎么办？", "The app crashes or won't open – what should I do?"),
                 ("device", "{x}上的 App 闪退怎么办？", "The app keeps crashing on {x} – what can I do?"),
                 ("when", "{x}App 突然打不开怎么办？", "The app suddenly won't open {x} – what now?"),
                 ("place", "在{x}付款时 App 闪退怎么办？", "The app crashed while I was paying at {x} – what now?")],
         desc=[("App 闪退、白屏或卡在启动页时，可以通过更新版本、清理缓存和检查系统权限解决，本文介绍具体步骤。",
                "If the app crashes, shows a blank screen or hangs on start-up, updating, clearing the cache and checking permissions usually fixes it.")],
         intro=[("App 闪退不会影响您的账户和资金，只是暂时无法操作。大部分闪退问题可以通过更新或重装解决。",
                 "A crash doesn't affect your account or money – it just stops you using the app for a moment. Most crashes are fixed by updating or reinstalling."),
                ("请先确认您的{device}系统版本满足要求：iOS 14 及以上，或 Android 8 及以上。",
                 "First check that your {device} meets the requirements: iOS 14 or later, or Android 8 or later.")],
         causes=[("App 版本过旧", "旧版本与新系统不兼容时容易闪退。", "Outdated app", "old versions often crash on newer systems."),
                 ("存储空间不足", "手机剩余空间少于 1 GB 时，App 可能无法正常启动。", "Low storage",
                  "with less than 1 GB free, the app may not start properly."),
                 ("缓存数据损坏", "异常退出后缓存可能损坏。", "Corrupted cache", "the cache can get damaged after an unexpected shutdown."),
                 ("系统版本过低", "过旧的系统不再受支持。", "Old operating system", "very old systems are no longer supported."),
                 ("安全软件拦截", "部分手机管家会误判并阻止 App 运行。", "Blocked by security software",
                  "some phone cleaners mistakenly block the app.")],
         steps=[("完全关闭 App 后重新打开。", "Close the app completely and open it again."),
                ("在应用商店更新到最新版本。", "Update to the latest version from the app store."),
                ("清理手机存储空间。", "Free up some storage."), ("在{m_settings}中清除缓存。", "Clear the cache in {m_settings}."),
                ("卸载后重新安装，重新登录即可恢复数据。", "Uninstall and reinstall, and your data comes back when you sign in."),
                ("仍然闪退时，记下机型和系统版本联系客服。", "If it still crashes, note your model and system version and contact support.")],
         tips=[("开启 App 自动更新。", "Turn on automatic app updates."), ("只从官方应用商店下载 App。", "Only download the app from official stores."),
               ("定期重启手机。", "Restart your phone now and then.")],
         prepare=[("手机型号", "Phone model"), ("系统版本", "System version"), ("App 版本号", "App version"),
                  ("闪退时的操作步骤", "What you were doing when it crashed")],
         kw=("闪退|打不开|白屏|卡在启动页|App 崩溃|一打开就退出|App 无响应|黑屏|App 卡死|启动失败",
             "app crashes|won't open|blank screen|stuck on splash|app closes|app not responding|black screen|app freezes|crash on launch|app keeps closing")),
    dict(slug="notifications-missing", urgency="low", rel=("security",),
         titles=[("", "收不到消息通知怎么办？", "I'm not getting notifications – what should I do?"),
                 ("device", "{x}收不到 Lumi 钱包通知怎么办？", "Lumi Wallet notifications don't arrive on {x} – what can I do?"),
                 ("when", "{x}收不到交易提醒怎么办？", "I stopped getting transaction alerts {x} – why?"),
                 ("bank", "{x}卡的消费提醒收不到怎么办？", "I don't get alerts for payments with my {x} card – why?")],
         desc=[("收不到通知通常是系统权限、省电模式或 App 内设置造成的，本文介绍如何逐项检查并恢复提醒。",
                "Missing notifications are usually down to system permissions, battery saving or app settings; here's how to check each one.")],
         intro=[("交易提醒能帮助您第一时间发现异常，建议始终保持开启。",
                 "Transaction alerts help you spot problems straight away, so we recommend keeping them on."),
                ("不同品牌手机的通知设置位置不同，下面以{device}为例说明。",
                 "Notification settings are in different places on different phones; the steps below are based on a typical {device}.")],
         causes=[("系统通知权限关闭", "在系统设置中关闭了 Lumi 钱包的通知。", "System notifications off",
                  "notifications for Lumi Wallet are turned off in system settings."),
                 ("省电模式", "省电或后台清理会阻止 App 接收推送。", "Battery saving",
                  "battery saving or background cleaning blocks push messages."),
                 ("App 内提醒关闭", "在{m_notifications}中关闭了部分提醒。", "In-app alerts off", "some alerts are off in {m_notifications}."),
                 ("勿扰模式", "开启勿扰模式后通知不会弹出。", "Do Not Disturb", "notifications don't pop up while it's on.")],
         steps=[("打开手机系统设置，找到 Lumi 钱包，允许通知。", "In your phone's settings, find Lumi Wallet and allow notifications."),
                ("在电池设置中允许 App 后台运行。", "Allow the app to run in the background in battery settings."),
                ("打开{m_notifications}，开启交易提醒。", "Open {m_notifications} and turn on transaction alerts."),
                ("关闭勿扰模式后测试一笔小额交易。", "Turn off Do Not Disturb and test with a small transaction."),
                ("仍收不到时，可以改为接收短信提醒。", "If they still don't arrive, switch to text alerts.")],
         tips=[("系统更新后重新检查通知权限。", "Check notification permissions again after system updates."),
               ("不要用清理软件强制关闭 App。", "Don't force-close the app with cleaner apps."),
               ("重要提醒同时开启短信。", "Turn on texts for important alerts as well.")],
         prepare=[("手机型号", "Phone model"), ("系统版本", "System version"), ("通知设置截图", "Screenshot of notification settings")],
         kw=("收不到通知|没有提醒|推送不到|交易提醒|消息通知|通知关闭|没有弹窗|短信提醒|通知权限|消息延迟",
             "no notifications|alerts not arriving|push notifications|transaction alerts|notification settings|no pop-ups|text alerts|notification permission|delayed notifications|missing alerts")),
    dict(slug="app-update-failed", urgency="low", rel=("account",),
         titles=[("", "App 更新失败怎么办？", "The app won't update – what should I do?"),
                 ("device", "{x}无法更新 Lumi 钱包怎么办？", "I can't update Lumi Wallet on {x} – what now?"),
                 ("when", "{x}提示必须更新 App 怎么办？", "The app says I must update {x} – what should I do?"),
                 ("place", "在{x}付款时提示必须更新 App 怎么办？", "I was told to update the app while paying at {x} – what now?")],
         desc=[("App 更新失败多与网络、存储空间或应用商店有关，本文介绍更新方法以及强制更新提示的含义。",
                "Updates usually fail because of the connection, storage or app store; here's how to update and what a required update means.")],
         intro=[("为保障安全，旧版本会被逐步停用。出现强制更新提示时，需要更新后才能继续使用。",
                 "For security, old versions are gradually retired. If you're told an update is required, you'll need to install it to keep using the app."),
                ("当前最新版本为 {version}，您可以在{m_settings}的“关于”页面查看已安装的版本。",
                 "The latest version is {version}; you can see which one you have on the About page in {m_settings}.")],
         causes=[("网络不稳定", "下载中断会导致更新失败。", "Unstable connection", "an interrupted download makes the update fail."),
                 ("存储空间不足", "更新需要约 300 MB 空间。", "Not enough space", "the update needs about 300 MB."),
                 ("应用商店账号问题", "应用商店未登录或付款信息异常。", "App store account",
                  "you're not signed in to the store or its payment details have a problem."),
                 ("系统版本过低", "新版本不再支持过旧的系统。", "Old system", "new versions don't support very old systems.")],
         steps=[("连接稳定的 Wi-Fi。", "Connect to a stable Wi-Fi network."), ("清理出足够的存储空间。", "Free up enough storage."),
                ("在应用商店搜索 Lumi 钱包并点击更新。", "Search for Lumi Wallet in the app store and tap Update."),
                ("更新失败时，卸载后重新安装。", "If it fails, uninstall and reinstall."),
                ("重新登录并检查余额和银行卡。", "Sign in again and check your balance and cards.")],
         tips=[("开启自动更新。", "Turn on automatic updates."), ("不要安装来源不明的安装包。", "Don't install packages from unknown sources."),
               ("更新前确认记得登录密码。", "Make sure you know your password before updating.")],
         prepare=[("手机型号", "Phone model"), ("系统版本", "System version"), ("更新失败截图", "Screenshot of the update error")],
         kw=("更新失败|App 更新|强制更新|版本太旧|升级失败|下载失败|安装失败|最新版本|更新不了|版本号",
             "update failed|app update|required update|old version|upgrade failed|download failed|install failed|latest version|can't update|version number")),
    dict(slug="language-display", urgency="low", rel=("account",),
         titles=[("", "如何切换 App 语言和显示设置？", "How do I change the app's language and display settings?"),
                 ("device", "在{x}上如何把 App 切换为英文？", "How do I switch the app to Chinese on {x}?"),
                 ("device", "{x}上的字体太小怎么调大？", "How do I make the text bigger on {x}?"),
                 ("when", "{x}App 突然变成英文了怎么办？", "The app suddenly switched language {x} – how do I change it back?")],
         desc=[("本文介绍如何切换 App 语言、调整字体大小、开启深色模式以及使用读屏等无障碍功能。",
                "How to change the app's language, text size and dark mode, and use accessibility features such as screen readers.")],
         intro=[("Lumi 钱包支持简体中文和英文两种语言，默认跟随手机系统语言。",
                 "Lumi Wallet is available in Simplified Chinese and English, and follows your phone's language by default."),
                ("字体大小、深色模式等显示设置也可以在 App 内单独调整，不影响手机的其他应用。",
                 "Text size, dark mode and other display settings can be set in the app without affecting your other apps.")],
         facts=True, bhead=[("可以调整的设置", "What you can change")],
         causes=[("语言", "在{m_language}中选择简体中文或英文。", "Language", "choose Simplified Chinese or English in {m_language}."),
                 ("字体大小", "支持标准、大、特大三档。", "Text size", "choose standard, large or extra large."),
                 ("深色模式", "可以跟随系统或单独开启。", "Dark mode", "follow the system or turn it on separately."),
                 ("长辈模式", "界面更简洁，字体和按钮更大。", "Simple mode", "a cleaner layout with bigger text and buttons."),
                 ("读屏支持", "兼容 VoiceOver 和 TalkBack 读屏功能。", "Screen readers", "the app works with VoiceOver and TalkBack.")],
         steps=[("打开{m_settings}。", "Open {m_settings}."), ("选择“语言”“字体大小”或“显示”。", "Choose **Language**, **Text size** or **Display**."),
                ("选好后返回，设置立即生效。", "Go back, and the setting applies immediately."),
                ("如果部分页面未变化，重新启动 App。", "If some screens don't change, restart the app.")],
         tips=[("给家中长辈开启长辈模式。", "Turn on simple mode for older relatives."), ("夜间使用时开启深色模式更护眼。", "Dark mode is easier on the eyes at night."),
               ("语言切换不影响账户数据。", "Changing language doesn't affect your account.")],
         prepare=[("手机型号", "Phone model"), ("App 版本号", "App version"), ("显示异常截图", "Screenshot of the display problem")],
         kw=("切换语言|英文版|字体大小|深色模式|长辈模式|无障碍|读屏|显示设置|字太小|夜间模式",
             "change language|english version|chinese version|text size|dark mode|simple mode|accessibility|screen reader|display settings|font too small")),
]

# A fifth topic per category.
POOLS["bill"] = [
    ("水费", "water bill"), ("电费", "electricity bill"), ("燃气费", "gas bill"), ("宽带费", "broadband bill"),
    ("物业费", "property management fee"), ("有线电视费", "cable TV bill"), ("暖气费", "heating bill"),
    ("停车管理费", "parking management fee"), ("固话费", "landline bill"), ("学杂费", "school fees"),
    ("交通罚款", "traffic fine"), ("社保费", "social insurance contribution"),
]
CTX_LINES["bill"] = [("下面以{detail}为例说明，其他生活缴费的操作方法基本相同。",
                      "The steps below use your {detail} as the example; other household bills work in much the same way.")]

TOPICS["account"].append(dict(
    slug="sign-up", urgency="low", rel=("security", "limits"),
    titles=[("", "如何注册 Lumi 钱包账户？", "How do I sign up for Lumi Wallet?"),
            ("device", "在{x}上如何注册 Lumi 钱包？", "How do I sign up for Lumi Wallet on {x}?"),
            ("when", "{x}注册时收不到验证码怎么办？", "I don't get a code when signing up {x} – what now?"),
            ("person", "如何帮{x}注册 Lumi 钱包？", "How do I help {x} sign up for Lumi Wallet?")],
    desc=[("本文介绍注册 Lumi 钱包所需的资料、详细步骤，以及注册过程中收不到验证码或提示手机号已注册时的处理方法。",
           "What you need to sign up for Lumi Wallet, the steps, and what to do if no code arrives or your number is already registered.")],
    intro=[("注册 Lumi 钱包只需要一个可以接收短信的手机号，整个过程大约三分钟。注册完成后，建议尽快完成实名认证并绑定银行卡。",
            "All you need to sign up for Lumi Wallet is a phone number that can receive texts, and it takes about three minutes. "
            "Afterwards, verify your identity and add a bank card as soon as you can."),
           ("年满 16 周岁的用户可以独立注册，未满 16 周岁需要监护人同意。",
            "Anyone aged 16 or over can sign up on their own; younger users need a parent or guardian's consent.")],
    causes=[("手机号已被注册", "如果您以前注册过，请直接登录或通过“忘记密码”找回。", "Number already registered",
             "if you've signed up before, sign in or recover the account with **Forgot password**."),
            ("验证码迟迟未到", "运营商短信偶尔延迟，请稍等一分钟，并检查短信拦截设置。", "Code is slow to arrive",
             "carrier texts are occasionally delayed, so wait a minute and check your SMS filtering settings."),
            ("虚拟运营商号码", "部分以 170、171 开头的号码可能无法接收验证码。", "Virtual network number",
             "some numbers beginning 170 or 171 may not receive codes."),
            ("设备注册过多账户", "同一设备注册的账户数量有上限，以防止批量注册。", "Too many accounts on one device",
             "there's a cap on sign-ups per device to stop bulk registration."),
            ("网络环境异常", "使用代理或境外网络时，注册可能被拦截。", "Unusual network",
             "signing up through a proxy or a foreign network may be blocked.")],
    steps=[("从官方应用商店下载并打开 Lumi 钱包。", "Download Lumi Wallet from an official app store and open it."),
           ("点击“注册”，输入您的手机号。", "Tap **Sign up** and enter your phone number."),
           ("输入收到的 6 位验证码。", "Enter the 6-digit code you receive."),
           ("设置登录密码，并阅读同意用户协议和隐私政策。", "Set a password and read and accept the user agreement and privacy policy."),
           ("按提示完成实名认证，解锁转账和提现功能。", "Verify your identity as prompted to unlock transfers and withdrawals."),
           ("在{m_cards}中绑定一张本人名下的银行卡。", "Add a bank card in your own name in {m_cards}.")],
    tips=[("注册时使用长期使用的手机号。", "Sign up with a number you intend to keep."),
          ("注册后立即设置支付密码和两步验证。", "Set a payment password and two-step verification straight after signing up."),
          ("不要替陌生人注册账户或提供验证码。", "Never sign up on behalf of strangers or pass them codes.")],
    prepare=[("注册手机号", "Phone number used to sign up"), ("有效身份证件", "A valid ID document"),
             ("本人银行卡", "A bank card in your name"), ("错误提示截图", "Screenshot of any error")],
    kw=("注册|怎么注册|注册账户|注册收不到验证码|手机号已注册|新用户注册|开户|注册失败|注册流程|帮家人注册",
        "sign up|register|create account|new account|registration code|number already registered|open account|sign up failed|registration steps|help family sign up")))

TOPICS["security"].append(dict(
    slug="two-step-verification", urgency="low", rel=("account",),
    titles=[("", "如何开启两步验证？", "How do I turn on two-step verification?"),
            ("device", "在{x}上如何设置两步验证？", "How do I set up two-step verification on {x}?"),
            ("when", "{x}收不到两步验证的验证码怎么办？", "I'm not getting two-step verification codes {x} – what now?"),
            ("bank", "两步验证能用{x}卡验证吗？", "Can I use my {x} card for two-step verification?")],
    desc=[("两步验证在密码之外再加一道保护，本文介绍如何开启、选择验证方式，以及收不到验证码或换手机时怎么办。",
           "Two-step verification adds a second check on top of your password; here's how to turn it on, choose a method and cope with a new phone.")],
    intro=[("开启两步验证后，即使有人知道您的密码，没有第二重验证也无法登录或修改重要设置。",
            "With two-step verification on, someone who knows your password still can't sign in or change important settings without the second step."),
           ("第二重验证可以选择短信验证码、身份验证器 App 或安全密钥，推荐使用身份验证器。",
            "For the second step you can choose SMS codes, an authenticator app or a security key; we recommend an authenticator app.")],
    facts=True, bhead=[("验证方式的区别", "How the methods differ")],
    causes=[("短信验证码", "设置简单，但依赖手机信号，也存在被骗取的风险。", "SMS codes",
             "easy to set up, but they depend on mobile signal and can be tricked out of you."),
            ("身份验证器 App", "每 30 秒生成一个动态码，不需要网络，安全性更高。", "Authenticator app",
             "generates a fresh code every 30 seconds, works offline and is more secure."),
            ("安全密钥", "通过 NFC 或 USB 验证，适合对安全要求很高的用户。", "Security key",
             "verifies over NFC or USB, for people who want the strongest protection."),
            ("备用恢复码", "开启时生成 10 个一次性恢复码，请抄写后妥善保管。", "Backup recovery codes",
             "10 one-time codes are created when you turn it on, so write them down and keep them safe.")],
    steps=[("打开{m_security}，点击“两步验证”。", "Open {m_security} and tap **Two-step verification**."),
           ("选择验证方式，推荐身份验证器 App。", "Choose a method; an authenticator app is recommended."),
           ("用身份验证器扫描页面上的二维码。", "Scan the QR code on screen with your authenticator."),
           ("输入身份验证器显示的 6 位动态码完成绑定。", "Enter the 6-digit code from the authenticator to finish."),
           ("抄写并保存备用恢复码。", "Write down and store your backup recovery codes.")],
    tips=[("换手机前先把身份验证器迁移到新手机。", "Move your authenticator to the new phone before switching."),
          ("恢复码不要保存在手机相册里。", "Don't keep recovery codes in your phone's photo gallery."),
          ("定期检查两步验证是否仍处于开启状态。", "Check now and then that two-step verification is still on.")],
    prepare=[("注册手机号", "Registered phone number"), ("备用恢复码", "Backup recovery codes"),
             ("身份证件", "ID document"), ("验证失败截图", "Screenshot of the failed check")],
    kw=("两步验证|双重验证|二次验证|身份验证器|动态码|恢复码|安全密钥|验证器换手机|开启双重认证|收不到动态码",
        "two-step verification|2FA|two-factor|authenticator app|one-time code|recovery codes|security key|new phone authenticator|turn on 2FA|MFA")))

TOPICS["payments"].append(dict(
    slug="pay-later", urgency="low", rel=("limits", "merchants"),
    titles=[("", "先用后付是怎么回事？", "How does pay later work?"),
            ("place", "在{x}能使用先用后付吗？", "Can I use pay later at {x}?"),
            ("when", "{x}先用后付忘记还款怎么办？", "I forgot to settle a pay later bill {x} – what now?"),
            ("bank", "先用后付能用{x}卡自动还款吗？", "Can pay later bills be settled automatically from my {x} card?")],
    desc=[("先用后付让您先消费、到期再付款，本文介绍开通条件、还款日、逾期影响以及如何关闭这项服务。",
           "Pay later lets you buy now and pay on the due date; here are the conditions, due dates, what happens if you're late and how to switch it off.")],
    intro=[("先用后付是 Lumi 钱包为信用良好的用户提供的服务：在支持的商户消费时，可以先收货或先享受服务，到约定日期再付款。",
            "Pay later is a service for users with a good record: at supporting merchants you get the goods or service first and pay on an agreed date."),
           ("当前您的先用后付额度为 {amount}，每月 {days}前需要结清上月账单。",
            "Your current pay later allowance is {amount}, and last month's bill must be settled within the first {days} of the month.")],
    facts=True, bhead=[("服务规则", "How the service works")],
    causes=[("开通条件", "需要完成实名认证，且近 6 个月没有逾期记录。", "Who can use it",
             "you need to be verified and have no late payments in the past 6 months."),
            ("还款方式", "到期自动从余额扣款，余额不足时从默认银行卡扣款。", "How you pay",
             "the bill is taken from your balance on the due date, or from your default card if the balance is short."),
            ("逾期影响", "逾期后会暂停服务，并可能产生违约金。", "If you pay late",
             "the service is paused and a late fee may be charged."),
            ("适用商户", "付款页面出现“先用后付”选项时即可使用。", "Where it works",
             "you can use it whenever the payment screen offers **Pay later**.")],
    steps=[("在付款页面选择“先用后付”。", "Choose **Pay later** on the payment screen."),
           ("确认金额和还款日期。", "Confirm the amount and the due date."),
           ("在{m_history}中查看待还账单。", "See bills to be settled in {m_history}."),
           ("到期前确保余额或银行卡中有足够资金。", "Make sure your balance or card has enough money before the due date."),
           ("不再需要时，在{m_settings}中关闭先用后付。", "Switch pay later off in {m_settings} if you no longer want it.")],
    tips=[("开启还款提醒，避免忘记还款。", "Turn on due-date reminders so you don't forget."),
          ("不要超出自己的还款能力消费。", "Don't spend more than you can pay back."),
          ("提前还款不收取任何费用。", "Settling early costs nothing.")],
    prepare=[("账单金额", "Bill amount"), ("还款日期", "Due date"), ("商户名称", "Merchant name"), ("扣款记录截图", "Screenshot of the payment")],
    kw=("先用后付|先享后付|延期付款|还款日|逾期|违约金|关闭先用后付|额度|自动还款|账单分期",
        "pay later|buy now pay later|deferred payment|due date|late payment|late fee|turn off pay later|allowance|automatic repayment|instalments")))

TOPICS["transfers"].append(dict(
    slug="receive-money", urgency="medium", rel=("account", "limits"),
    titles=[("", "别人说已经转账，我却没收到怎么办？", "Someone says they paid me but nothing arrived – what now?"),
            ("person", "{x}给我转账一直没收到怎么办？", "Money from {x} hasn't arrived – what should I do?"),
            ("bank", "从{x}转来的钱没到账怎么办？", "Money sent from an account at {x} hasn't arrived – what now?"),
            ("when", "{x}收不到别人的转账怎么办？", "Why can't I receive money {x}?")],
    desc=[("对方显示已转账但您没收到时，请先核对收款信息和到账方式，本文说明常见原因、查询方法以及如何分享收款码。",
           "If someone says they've paid but nothing arrived, check the details and transfer speed first; here are the causes and how to share your code.")],
    intro=[("收款延迟通常不是资金丢失，而是转账方式、收款信息或账户状态造成的。",
            "A late payment to you usually isn't lost money; it's down to the transfer speed, the details used or your account status."),
           ("如果{person}用银行卡转账到您的 Lumi 钱包，跨行转账可能需要 {hours}才能到账。",
            "If {person} sent money from a bank card to your Lumi Wallet, an interbank transfer can take up to {hours}.")],
    ctx={"person": [("请{person}提供转账凭证截图，上面有转账时间和交易单号。",
                     "Ask {person} for a screenshot of the transfer receipt, which shows the time and transaction number.")]},
    causes=[("对方选择了普通到账", "普通到账会在下一个工作日处理。", "Standard speed chosen by the sender",
             "standard transfers are processed the next business day."),
            ("收款信息填写错误", "手机号或账户名有误时，钱可能转给了别人或被退回。", "Wrong details used",
             "with a wrong phone number or name, the money may have gone to someone else or bounced back."),
            ("您的账户收款受限", "未实名认证或账户冻结时，无法接收转账。", "Your account can't receive money",
             "unverified or frozen accounts can't receive transfers."),
            ("超出收款限额", "低等级账户每日收款有上限。", "Over your receiving limit",
             "lower-level accounts can only receive so much a day.")],
    steps=[("请对方在其转账记录中确认状态和预计到账时间。", "Ask the sender to check the status and expected arrival time in their history."),
           ("核对对方使用的收款手机号或账号是否正确。", "Check the phone number or account they used is right."),
           ("在{m_history}中查看是否有退回或待收款记录。", "Look in {m_history} for returned or pending payments."),
           ("确认您的账户已完成实名认证且状态正常。", "Make sure your account is verified and in good standing."),
           ("仍未到账时，请对方联系其银行或平台查询。", "If it still hasn't arrived, ask the sender to contact their bank or provider.")],
    tips=[("收款时直接出示收款码，避免对方输错信息。", "Show your receiving code so the sender can't mistype your details."),
          ("不要把验证码告诉付款人。", "Never give a verification code to someone paying you."),
          ("谨慎对待“多转了钱请退回”的消息。", "Be wary of messages saying \"I paid too much, please send it back\".")],
    prepare=[("付款人提供的转账凭证", "The sender's transfer receipt"), ("转账时间和金额", "Time and amount"),
             ("您的收款账号", "Your receiving account"), ("付款银行或平台", "The sender's bank or provider")],
    kw=("收不到转账|没收到钱|对方说转了|收款|收款码|别人转账没到|到账查询|收款限额|收钱失败|转账没收到",
        "money not received|didn't get paid|sender says paid|receive money|receiving code|incoming transfer|payment to me missing|receiving limit|can't receive money|where is the money")))

TOPICS["cards"].append(dict(
    slug="credit-card-repayment", urgency="medium", rel=("payments", "limits"),
    titles=[("", "如何用 Lumi 钱包还信用卡？", "How do I pay off a credit card with Lumi Wallet?"),
            ("bank", "如何给{x}信用卡还款？", "How do I repay my {x} credit card?"),
            ("when", "{x}信用卡还款没到账怎么办？", "My credit card repayment {x} hasn't arrived – what now?"),
            ("device", "在{x}上如何设置信用卡自动还款？", "How do I set up automatic credit card repayments on {x}?")],
    desc=[("本文介绍如何用余额或借记卡偿还信用卡、到账时间、手续费，以及还款未到账时如何查询，避免产生逾期。",
           "How to repay a credit card from your balance or a debit card, how long it takes, the fees and what to do if a repayment is late.")],
    intro=[("Lumi 钱包支持为国内大部分银行的信用卡还款，可以使用余额或借记卡付款。",
            "Lumi Wallet can repay credit cards from most banks in China, using your balance or a debit card."),
           ("为避免逾期，建议在还款日前至少 {days}发起还款，给银行留出入账时间。",
            "To avoid being late, repay at least {days} before the due date so the bank has time to post it.")],
    causes=[("还款时间太晚", "还款日当天晚间发起的还款，可能次日才入账。", "Repaid too late in the day",
             "repayments made on the evening of the due date may only post the next day."),
            ("卡号填写错误", "卡号有误时，还款会被银行退回。", "Wrong card number", "the bank returns repayments to a wrong number."),
            ("银行系统维护", "{bank}等银行维护期间，入账会延迟。", "Bank maintenance", "posting is delayed while banks like {bank} run maintenance."),
            ("超出单笔还款限额", "单笔还款上限为 {limit_single}，超出需要分笔还款。", "Over the per-repayment limit",
             "a single repayment can be up to {limit_single}, so split larger amounts.")],
    steps=[("在首页找到“信用卡还款”，添加您的信用卡。", "Find **Credit card repayment** on the home screen and add your card."),
           ("输入还款金额，可选择全额或最低还款额。", "Enter the amount, choosing the full or minimum payment."),
           ("选择用余额或借记卡付款。", "Choose to pay from your balance or a debit card."),
           ("确认后输入支付密码。", "Confirm and enter your payment password."),
           ("在{m_history}中查看还款进度，入账后银行会发送短信。", "Follow the repayment in {m_history}; your bank texts you when it posts.")],
    tips=[("开启还款日提醒。", "Turn on due-date reminders."), ("保留还款凭证，直到银行入账。", "Keep the receipt until the bank posts the repayment."),
          ("不要在还款日当天最后一刻才还款。", "Don't leave it to the last minute on the due date.")],
    prepare=[("信用卡后四位", "Last four digits of the credit card"), ("还款金额和时间", "Amount and time of repayment"),
             ("还款凭证截图", "Screenshot of the receipt"), ("银行账单截图", "Screenshot of the card statement")],
    kw=("信用卡还款|还信用卡|还款没到账|自动还款|最低还款|还款手续费|逾期|还款日|信用卡账单|还款失败",
        "credit card repayment|pay off credit card|repayment not posted|automatic repayment|minimum payment|repayment fee|late payment|due date|card statement|repayment failed")))

TOPICS["top-up"].append(dict(
    slug="utility-bills", urgency="medium", rel=("payments",),
    titles=[("", "生活缴费失败怎么办？", "My bill payment failed – what should I do?"),
            ("bill", "缴纳{x}失败怎么办？", "Paying my {x} failed – what now?"),
            ("bill", "{x}缴费后显示未到账怎么办？", "I paid my {x} but it still shows as unpaid – what now?"),
            ("when", "{x}缴费一直处理中怎么办？", "My bill payment {x} is still processing – what should I do?")],
    desc=[("水电燃气等生活缴费由缴费机构处理，本文介绍缴费失败或未到账的原因、查询方法以及退款规则。",
           "Household bills are processed by the billing company; here's why a payment fails or shows unpaid, how to check and how refunds work.")],
    intro=[("生活缴费的款项会先由我们代收，再转交给水务、电力、燃气等缴费机构，一般几分钟内到账。",
            "We collect household bill payments and pass them on to the water, power or gas company, usually within minutes."),
           ("缴费机构的账务系统有时会在夜间或月底结账，期间缴费可能显示“处理中”。",
            "Billing companies sometimes close their books at night or at month end, when payments may show as processing.")],
    causes=[("户号填写错误", "户号有误时，缴费机构会拒绝入账并退款。", "Wrong account number",
             "the billing company rejects payments to a wrong account number and refunds them."),
            ("缴费机构系统维护", "机构维护期间无法入账，会在恢复后自动处理。", "Billing company maintenance",
             "payments can't post during maintenance and go through once it's over."),
            ("欠费金额已变化", "账单更新后，缴费金额需要与最新账单一致。", "The amount due changed",
             "after the bill updates, the payment must match the latest amount."),
            ("缴费时间不在服务时段", "部分地区缴费服务时段为 06:00 至 23:00。", "Outside service hours",
             "in some areas bills can only be paid between 06:00 and 23:00.")],
    steps=[("在{m_history}中找到这笔缴费，查看状态。", "Find the payment in {m_history} and check its status."),
           ("核对户号、户名和缴费地区。", "Check the account number, name and region."),
           ("状态为“处理中”时，等待 {hours}。", "If it says Processing, wait up to {hours}."),
           ("缴费失败时，款项会在 {days}内退回。", "If it failed, the money comes back within {days}."),
           ("已扣款但机构显示未缴费时，联系客服并提供缴费凭证。", "If you were charged but the company shows it unpaid, contact support with the receipt.")],
    tips=[("把常用户号保存到缴费页面。", "Save account numbers you pay often."), ("开启自动缴费，避免停水停电。", "Turn on automatic bill payment to avoid a cut-off."),
          ("缴费后保存电子凭证。", "Keep the digital receipt after paying.")],
    prepare=[("缴费户号", "Account number for the bill"), ("缴费金额和时间", "Amount and time"),
             ("缴费凭证截图", "Screenshot of the receipt"), ("缴费机构名称", "Name of the billing company")],
    kw=("生活缴费|缴费失败|水电费|燃气费|缴费没到账|户号错误|缴费退款|自动缴费|物业费|缴费处理中",
        "bill payment|pay bills|utility bill|electricity bill|gas bill|bill not credited|wrong account number|bill refund|automatic bill payment|bill processing")))

TOPICS["withdrawals"].append(dict(
    slug="large-withdrawal", urgency="medium", rel=("limits", "security"),
    titles=[("", "大额提现需要审核吗？", "Do large withdrawals need a review?"),
            ("bank", "向{x}卡大额提现需要多久？", "How long does a large withdrawal to my {x} card take?"),
            ("when", "{x}大额提现被要求补充材料怎么办？", "I was asked for documents for a large withdrawal {x} – what now?"),
            ("device", "在{x}上如何上传提现审核材料？", "How do I upload documents for a withdrawal review on {x}?")],
    desc=[("单笔或当日累计提现金额较大时需要安全审核，本文介绍审核标准、所需材料和处理时间。",
           "Large withdrawals need a security review; here's when that applies, which documents to send and how long it takes.")],
    intro=[("为防范盗刷和洗钱风险，单笔提现超过 {limit_single} 或当日累计超过 {limit_daily} 时，需要通过安全审核。",
            "To prevent fraud and money laundering, a withdrawal over {limit_single}, or more than {limit_daily} in a day, goes through a security review."),
           ("审核期间资金会暂时冻结，审核通过后立即发往您的银行卡。",
            "The money is held during the review and sent to your bank card as soon as it's approved.")],
    facts=True, bhead=[("审核说明", "About the review")],
    causes=[("触发条件", "金额较大、首次提现到新卡或近期修改过密码。", "What triggers it",
             "a large amount, a first withdrawal to a new card or a recent password change."),
            ("所需材料", "通常需要身份证件照片，必要时提供资金来源说明。", "Documents needed",
             "usually a photo of your ID, and sometimes an explanation of where the money came from."),
            ("审核时间", "工作日一般在 {hours}内完成。", "How long it takes", "usually within {hours} on business days."),
            ("审核结果", "结果会通过短信和 App 消息通知您。", "The outcome", "you're told by text and in-app message.")],
    steps=[("提交提现后，留意 App 中的审核通知。", "After submitting, watch for the review notice in the app."),
           ("按提示上传身份证件照片。", "Upload a photo of your ID as prompted."),
           ("需要时填写资金来源说明。", "Explain where the money came from if asked."),
           ("在{m_withdraw}中查看审核进度。", "Follow the review in {m_withdraw}."),
           ("审核通过后，等待银行入账。", "Once approved, wait for your bank to post it.")],
    tips=[("大额提现前确认提现卡状态正常。", "Check your card is in good standing before a large withdrawal."),
          ("提前准备好资金来源说明。", "Have an explanation of your funds ready."),
          ("不要代他人提现。", "Never withdraw money on someone else's behalf.")],
    prepare=[("身份证件", "ID document"), ("提现单号", "Withdrawal reference"), ("资金来源说明", "Explanation of the funds"),
             ("收款银行卡", "Receiving bank card")],
    kw=("大额提现|提现审核|提现冻结|资金来源|提现补充材料|提现要审核多久|提现安全审核|提现被拦截|大额转出|提现上限",
        "large withdrawal|withdrawal review|withdrawal on hold|source of funds|withdrawal documents|how long review|security check withdrawal|withdrawal blocked|big cash out|withdrawal cap")))

TOPICS["merchants"].append(dict(
    slug="request-invoice", urgency="low", rel=("support",),
    titles=[("", "如何向商家索取发票？", "How do I get an invoice from a merchant?"),
            ("place", "在{x}消费后如何开发票？", "How do I get an invoice for a purchase at {x}?"),
            ("when", "{x}消费的发票还能补开吗？", "Can I still get an invoice for a purchase {x}?"),
            ("bank", "用{x}卡付款的订单如何开发票？", "How do I get an invoice for an order paid with my {x} card?")],
    desc=[("发票由商家开具，本文介绍如何在交易详情中申请电子发票、填写抬头和税号，以及商家不开票时怎么办。",
           "Invoices come from the merchant; here's how to request an e-invoice in the app, what to fill in and what to do if none is issued.")],
    intro=[("Lumi 钱包本身不开具商品发票，但支持商家在交易详情中直接为您开具电子发票。",
            "Lumi Wallet doesn't issue invoices for purchases itself, but merchants can issue e-invoices to you straight from the transaction details."),
           ("开具增值税专用发票时，需要填写公司名称、税号、地址和开户行信息。",
            "For a special VAT invoice you'll need the company name, tax number, address and bank details.")],
    causes=[("商家未开通电子发票", "部分小商户只能线下开具纸质发票。", "Merchant doesn't offer e-invoices",
             "some small merchants can only issue paper invoices in person."),
            ("超过开票期限", "多数商家只为 {days}内的消费补开发票。", "Too late to ask",
             "many merchants only issue invoices for purchases within {days}."),
            ("抬头或税号有误", "信息有误时发票无法用于报销，需要作废重开。", "Wrong name or tax number",
             "an invoice with wrong details can't be used for expenses and must be reissued."),
            ("退款后发票作废", "订单退款后，对应发票会被商家作废。", "Invoice cancelled after a refund",
             "when an order is refunded, the merchant cancels its invoice.")],
    steps=[("在{m_history}中打开这笔交易的详情。", "Open the transaction details in {m_history}."),
           ("点击“申请发票”，选择个人或单位抬头。", "Tap **Request invoice** and choose personal or company."),
           ("填写抬头、税号和接收邮箱。", "Fill in the name, tax number and e-mail address."),
           ("提交后等待商家开具，通常 {days}内发送到邮箱。", "Submit and wait for the merchant; it usually arrives by e-mail within {days}."),
           ("商家拒绝开票时，可以通过“投诉与建议”反馈。", "If the merchant refuses, let us know through **Complaints and suggestions**.")],
    tips=[("常用抬头可以保存为模板。", "Save names you use often as templates."), ("开票前核对税号。", "Check the tax number before submitting."),
          ("电子发票与纸质发票具有同等效力。", "E-invoices are just as valid as paper ones.")],
    prepare=[("交易单号", "Transaction number"), ("发票抬头和税号", "Invoice name and tax number"), ("商家名称", "Merchant name"),
             ("接收邮箱", "E-mail address")],
    kw=("开发票|电子发票|发票抬头|税号|补开发票|商家不开发票|增值税专用发票|发票作废|报销发票|发票没收到",
        "invoice|e-invoice|fapiao|tax number|request invoice|merchant won't issue invoice|VAT invoice|invoice cancelled|expense receipt|invoice not received")))

TOPICS["rewards"].append(dict(
    slug="redeem-points", urgency="low", rel=("payments",),
    titles=[("", "积分怎么兑换和使用？", "How do I redeem my points?"),
            ("place", "在{x}可以用积分抵扣吗？", "Can I use points at {x}?"),
            ("device", "在{x}上如何查看可兑换的奖励？", "How do I see available rewards on {x}?"),
            ("when", "{x}积分兑换失败怎么办？", "Redeeming points failed {x} – what now?")],
    desc=[("积分可以兑换优惠券、抵扣消费或兑换礼品，本文介绍兑换规则、抵扣比例以及兑换失败时的处理方法。",
           "Points can be turned into coupons, used towards payments or swapped for gifts; here are the rules, the rate and what to do if it fails.")],
    intro=[("每 100 积分可抵扣 1 元，单笔最多抵扣订单金额的 10%。", "Every 100 points is worth ¥1, covering up to 10% of a payment."),
           ("积分还可以在{m_rewards}中兑换优惠券和合作商户的礼品。", "You can also swap points for coupons and partner gifts in {m_rewards}.")],
    facts=True, bhead=[("积分的用途", "What points can do")],
    causes=[("抵扣消费", "付款时勾选“使用积分”即可抵扣。", "Pay with points", "tick **Use points** when paying."),
            ("兑换优惠券", "优惠券兑换后立即到账，有效期 30 天。", "Coupons", "arrive at once and last 30 days."),
            ("兑换礼品", "实物礼品会在 {days}内寄出。", "Gifts", "physical gifts are sent within {days}."),
            ("捐赠公益", "积分可以捐给合作的公益项目。", "Donate", "points can be donated to partner charities.")],
    steps=[("打开{m_rewards}，查看积分余额。", "Open {m_rewards} and check your points balance."),
           ("选择要兑换的奖励，确认所需积分。", "Pick a reward and check how many points it needs."),
           ("点击“兑换”，输入支付密码确认。", "Tap **Redeem** and confirm with your payment password."),
           ("在{m_coupons}中查看兑换到的优惠券。", "Find redeemed coupons in {m_coupons}.")],
    tips=[("快过期的积分优先使用。", "Use points that are about to expire first."), ("兑换前查看礼品的配送范围。", "Check a gift's delivery area before redeeming."),
          ("积分兑换后不可撤销。", "Redemptions can't be undone.")],
    prepare=[("积分明细截图", "Screenshot of your points history"), ("兑换订单号", "Redemption order number"), ("失败提示截图", "Screenshot of the failure")],
    kw=("积分兑换|积分抵扣|积分换券|积分礼品|积分怎么用|积分兑换失败|积分抵现|积分商城|积分捐赠|积分比例",
        "redeem points|use points|points for coupons|points gifts|how to use points|redeem failed|points discount|rewards store|donate points|points value")))

TOPICS["limits"].append(dict(
    slug="password-free-limit", urgency="medium", rel=("security", "payments"),
    titles=[("", "如何设置免密支付额度？", "How do I set my password-free payment limit?"),
            ("place", "在{x}付款为什么要输入密码？", "Why am I asked for a password when paying at {x}?"),
            ("device", "在{x}上如何关闭免密支付？", "How do I turn off password-free payments on {x}?"),
            ("bank", "用{x}卡付款能开启免密支付吗？", "Can I use password-free payments with my {x} card?")],
    desc=[("小额免密支付让付款更快，本文介绍如何开启、调整额度和关闭免密支付，以及哪些情况仍需要输入密码。",
           "Password-free payments make small purchases faster; here's how to turn them on, set the limit, switch them off and when a password is still needed.")],
    intro=[("开启免密支付后，单笔不超过 {amount_small} 的付款无需输入支付密码。",
            "With password-free payments on, payments up to {amount_small} don't need your payment password."),
           ("为了安全，每日免密支付累计有上限，超出后仍需要输入密码。",
            "For safety there's a daily total for password-free payments, after which your password is needed again.")],
    causes=[("超出单笔免密额度", "付款金额超过设置的免密额度。", "Over the per-payment limit",
             "the amount is more than your password-free limit."),
            ("超出每日累计额度", "当天免密付款合计已达上限。", "Over the daily total", "today's password-free payments have reached the cap."),
            ("风控验证", "在新设备或陌生地点付款时，会要求输入密码。", "Security check",
             "paying on a new device or in an unfamiliar place asks for your password."),
            ("商户不支持免密", "部分商户类型不支持免密支付。", "Merchant doesn't allow it",
             "some kinds of merchant can't take password-free payments.")],
    steps=[("打开{m_limits}，找到“免密支付”。", "Open {m_limits} and find **Password-free payments**."),
           ("打开开关并选择单笔额度。", "Turn it on and choose the per-payment limit."),
           ("输入支付密码确认。", "Confirm with your payment password."),
           ("不需要时，随时在同一页面关闭。", "Turn it off on the same screen whenever you like.")],
    tips=[("免密额度不宜设置过高。", "Don't set the limit too high."), ("手机丢失后立即关闭免密支付。", "Turn it off straight away if your phone is lost."),
          ("给孩子使用的手机建议关闭免密支付。", "Keep it off on phones used by children.")],
    prepare=[("免密设置截图", "Screenshot of the setting"), ("付款时间和金额", "Time and amount"), ("商户名称", "Merchant name")],
    kw=("免密支付|小额免密|免密额度|关闭免密|不用输密码|免密支付限额|免密被关闭|为什么要输密码|免密开通|免密安全",
        "password-free payment|contactless limit|no password payment|turn off password-free|small payments|password-free limit|why password needed|enable password-free|quick pay|payment without PIN")))

TOPICS["support"].append(dict(
    slug="report-app-problem", urgency="low", rel=("app",),
    titles=[("", "如何向我们反馈 App 问题？", "How do I report a problem with the app?"),
            ("device", "{x}上的 App 出现异常，如何反馈？", "How do I report an app problem on {x}?"),
            ("when", "{x}遇到 App 故障如何上报？", "How do I report an app fault that happened {x}?"),
            ("place", "在{x}付款时遇到 App 故障如何反馈？", "How do I report an app fault that happened while paying at {x}?")],
    desc=[("遇到页面报错、功能异常或显示问题时，您可以在 App 内提交反馈，本文介绍如何附上日志和截图，帮助我们更快修复。",
           "If a screen shows an error, a feature misbehaves or something looks wrong, send feedback in the app; here's how to include logs and screenshots.")],
    intro=[("您的反馈会直接发送给产品和技术团队，我们会根据问题的严重程度安排修复。",
            "Your feedback goes straight to our product and engineering teams, who schedule fixes by how serious the problem is."),
           ("附上截图、录屏和问题发生的时间，可以大大缩短排查时间。",
            "Screenshots, a screen recording and the time it happened make investigating much quicker.")],
    causes=[("页面报错", "出现错误代码时，请记下代码和出现的页面。", "Error screens", "note the error code and which screen it appeared on."),
            ("功能无响应", "点击按钮没有反应或一直加载。", "Features not responding", "buttons do nothing or keep loading."),
            ("显示错位", "文字重叠、按钮被遮挡等显示问题。", "Layout problems", "overlapping text, hidden buttons and similar display issues."),
            ("数据不一致", "余额、账单等数据与实际不符。", "Wrong information", "your balance, bills or other data don't match reality.")],
    steps=[("打开{m_help}，点击“问题反馈”。", "Open {m_help} and tap **Report a problem**."),
           ("选择问题类型，描述操作步骤。", "Choose the type of problem and describe what you did."),
           ("勾选“附带诊断日志”。", "Tick **Include diagnostic log**."),
           ("上传截图或录屏后提交。", "Attach screenshots or a recording and submit."),
           ("在{m_tickets}中查看处理进度。", "Follow progress in {m_tickets}.")],
    tips=[("反馈前先更新到最新版本，确认问题仍然存在。", "Update to the latest version first and check the problem is still there."),
          ("录屏时注意遮挡敏感信息。", "Hide sensitive information when recording the screen."),
          ("一次反馈只描述一个问题。", "Report one problem per submission.")],
    prepare=[("手机型号和系统版本", "Phone model and system version"), ("App 版本号", "App version"),
             ("问题截图或录屏", "Screenshots or a recording"), ("问题发生的时间", "When it happened")],
    kw=("反馈问题|App 故障|报错|提交反馈|页面异常|功能异常|问题上报|诊断日志|bug|显示错位",
        "report a problem|app bug|error message|send feedback|screen error|feature broken|report issue|diagnostic log|bug report|layout problem")))

TOPICS["app"].append(dict(
    slug="app-slow", urgency="low", rel=("account",),
    titles=[("", "App 运行很慢怎么办？", "The app is slow – what can I do?"),
            ("device", "{x}上的 App 加载很慢怎么办？", "The app loads slowly on {x} – what can I do?"),
            ("when", "{x}App 特别卡怎么办？", "Why is the app so slow {x}?"),
            ("venue", "在{x}打开 App 很慢怎么办？", "The app is slow to open at {x} – what now?")],
    desc=[("App 卡顿或加载慢通常与网络、存储空间、后台程序或版本有关，本文介绍逐项排查和优化的方法。",
           "A slow or laggy app is usually down to the connection, storage, background apps or an old version; here's how to check each.")],
    intro=[("App 运行速度受手机性能、网络质量和系统状态影响。多数情况下，清理缓存或切换网络就能明显改善。",
            "How fast the app runs depends on your phone, your connection and the system. Usually clearing the cache or switching networks helps noticeably."),
           ("在信号较弱的室内或人流密集的场所，页面加载会变慢。",
            "Pages load more slowly indoors with weak signal or in crowded places.")],
    causes=[("网络信号弱", "地下室、电梯等场所信号不稳定。", "Weak signal", "basements, lifts and similar places have unstable signal."),
            ("后台程序过多", "同时运行的应用太多会占用内存。", "Too many background apps", "lots of apps running at once use up memory."),
            ("缓存过大", "长期使用后缓存文件会越来越多。", "Large cache", "cached files build up over time."),
            ("手机存储不足", "可用空间不足时系统整体变慢。", "Storage nearly full", "the whole system slows down when space runs low."),
            ("高峰时段", "节假日和促销期间访问量大，响应会变慢。", "Busy periods", "holidays and sales bring heavy traffic and slower responses.")],
    steps=[("切换 Wi-Fi 和移动数据，选择信号较好的网络。", "Switch between Wi-Fi and mobile data and pick the stronger one."),
           ("关闭后台不需要的应用。", "Close background apps you don't need."),
           ("在{m_settings}中清除缓存。", "Clear the cache in {m_settings}."),
           ("清理手机存储空间。", "Free up storage on your phone."),
           ("更新 App 和手机系统到最新版本。", "Update the app and your phone's system.")],
    tips=[("定期重启手机。", "Restart your phone regularly."), ("避免在高峰时段进行大额操作。", "Avoid big transactions at peak times."),
          ("开启系统的自动更新。", "Turn on automatic system updates.")],
    prepare=[("手机型号", "Phone model"), ("网络类型", "Type of connection"), ("卡顿页面截图", "Screenshot of the slow screen")],
    kw=("App 很慢|卡顿|加载慢|打开慢|转圈|响应慢|App 卡|页面加载不出来|网络慢|清除缓存",
        "app slow|laggy|slow loading|slow to open|spinning|slow response|app freezing|page won't load|slow network|clear cache")))

for _topic in TOPICS["top-up"]:
    if _topic["slug"] == "phone-credit":
        _topic["titles"].append(("device", "在{x}上充话费没到账怎么办？", "Phone credit I bought on {x} hasn't arrived – what now?"))


# --------------------------------------------------------------------------------------
# The generator.
# --------------------------------------------------------------------------------------

LANGS = ("zh", "en")
_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
HAN_CHAR = re.compile(f"[{_HAN}]")
EN_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d[\d,.]*")
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_HAN_THEN_LATIN = re.compile(f"([{_HAN}])([A-Za-z0-9])")
_LATIN_THEN_HAN = re.compile(f"([A-Za-z0-9%])([{_HAN}])")
_HAN_SPACE_HAN = re.compile(f"(?<=[{_HAN}]) (?=[{_HAN}])")
_YAML_UNSAFE = re.compile(r"""^[\s\-?:,\[\]{}#&*!|>'"%@`]|: | #|:$|\s$""")
_YAML_WORDS = {"", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n"}

ZH_MIN, ZH_MAX = 400, 1500      # Chinese characters in a Chinese body
EN_MIN, EN_MAX = 250, 900       # words in an English body


def zh_spacing(text: str) -> str:
    """A space between Chinese and Latin letters or digits, as the project's articles write it,
    and none between two Chinese characters (e.g. after an amount in 元)."""
    text = _LATIN_THEN_HAN.sub(r"\1 \2", _HAN_THEN_LATIN.sub(r"\1 \2", text))
    return _HAN_SPACE_HAN.sub("", text)


def han_count(text: str) -> int:
    """Chinese characters of a Chinese text (what the length limits count)."""
    return len(HAN_CHAR.findall(text))


def word_count(text: str) -> int:
    """Words of an English Markdown text, link targets left out."""
    return len(EN_WORD.findall(_LINK_TARGET.sub("]", text)))


def yaml_scalar(value: str) -> str:
    """A front matter value as a plain YAML scalar when that reads back as the same text."""
    if (_YAML_UNSAFE.search(value) or value.lower() in _YAML_WORDS
            or re.fullmatch(r"[-+0-9.:eE_]+", value)):
        return json.dumps(value, ensure_ascii=False)
    return value


def front_matter(title: str, description: str, urgency: str | None = None,
                 prepare: list[str] | None = None, keywords: list[str] | None = None,
                 translated_from: str | None = None) -> str:
    lines = ["---", f"title: {yaml_scalar(title)}", f"description: {yaml_scalar(description)}"]
    if urgency is not None:
        lines.append(f"urgency: {urgency}")
        lines.append("prepare:")
        lines += [f"  - {yaml_scalar(item)}" for item in prepare or []]
        lines.append("keywords:")
        lines += [f"  - {yaml_scalar(item)}" for item in keywords or []]
    if translated_from is not None:
        lines.append(f"translated_from: {yaml_scalar(translated_from)}")  # quoted when all digits
    lines.append("---")
    return "\n".join(lines) + "\n"


def content_hash(title: str, description: str, prepare: list[str], keywords: list[str], body: str) -> str:
    """What helpcenter's Article.content_hash computes for the source of a translation."""
    text = "\n".join([title, description, *prepare, *keywords, body.strip()])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


def _item(entry: tuple) -> tuple[str, str, str]:
    """A pool entry as (zh, en in a title, en in a sentence)."""
    return (entry[0], entry[1], entry[2] if len(entry) > 2 else entry[1])


def _money(value: float, lang: str, cents: bool = True) -> str:
    text = f"{value:,.2f}" if cents else f"{value:,.0f}"
    return f"{text} 元" if lang == "zh" else f"¥{text}"


_DAYS = [("1–3 个工作日", "1–3 business days"), ("1–5 个工作日", "1–5 business days"),
         ("2–5 个工作日", "2–5 business days"), ("3–7 个工作日", "3–7 business days"),
         ("5–10 个工作日", "5–10 business days"), ("3 个工作日", "3 business days"),
         ("7 个工作日", "7 business days")]
_AMOUNTS = [18, 26, 39, 58, 66, 88, 99, 128, 168, 199, 238, 299, 358, 420, 499, 560, 680, 799, 888,
            999, 1200, 1580, 1999, 2400, 2680, 3200, 3999, 4500, 5200, 6800]


def make_fill(rng: random.Random, details: dict[str, tuple]) -> dict[str, dict[str, str]]:
    """The per-article values the templates refer to, in both languages."""
    bank, bank2 = (_item(b) for b in rng.sample(POOLS["bank"], 2))
    chosen = {"bank": bank, "device": _item(rng.choice(POOLS["device"])),
              "place": _item(rng.choice(POOLS["place"])), "when": _item(rng.choice(POOLS["when"])),
              "person": _item(rng.choice(POOLS["person"])), "detail": None}
    for kind, entry in details.items():
        kind = FILL_KIND.get(kind, kind)
        chosen[kind if kind in chosen else "detail"] = _item(entry)
    if chosen["bank"][0] == bank2[0]:
        bank2 = bank
    amount = rng.choice(_AMOUNTS) + rng.choice([0, 0, 0, 0.5, 0.8, 0.9, 0.99])
    small = rng.choice([2, 3, 5, 8, 10, 12, 15, 20, 30, 50])
    large = rng.choice([8000, 12000, 15000, 26000, 38000, 45000, 60000, 88000, 120000])
    single = rng.choice([2000, 5000, 10000, 20000])
    daily = single * rng.choice([2, 3, 5])
    year = rng.choice([200000, 500000])
    days = rng.choice(_DAYS)
    hours, minutes, tries = rng.choice([2, 6, 12, 24, 48, 72]), rng.choice([5, 10, 15, 30]), rng.choice([3, 5, 6])
    fee, min_fee, quota = rng.choice(["0.1%", "0.15%", "0.2%"]), rng.choice([0.1, 0.5, 1]), rng.choice([1000, 2000, 5000])
    clock = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    version = f"5.{rng.randint(2, 18)}.{rng.randint(0, 9)}"
    fill = {}
    for n, lang in enumerate(LANGS):
        values = {
            "bank": chosen["bank"][0] if lang == "zh" else chosen["bank"][2],
            "bank2": bank2[0] if lang == "zh" else bank2[2],
            "device": chosen["device"][0] if lang == "zh" else chosen["device"][2],
            "place": chosen["place"][0] if lang == "zh" else chosen["place"][2],
            "when": chosen["when"][0] if lang == "zh" else chosen["when"][2],
            "person": chosen["person"][0] if lang == "zh" else chosen["person"][2],
            "amount": _money(amount, lang), "amount_small": _money(small, lang),
            "amount_large": _money(large, lang, False),
            "limit_single": _money(single, lang, False), "limit_daily": _money(daily, lang, False),
            "limit_year": _money(year, lang, False), "free_quota": _money(quota, lang, False),
            "min_fee": _money(min_fee, lang), "fee_rate": fee, "days": days[n], "clock": clock, "version": version,
            "hours": f"{hours} 小时" if lang == "zh" else f"{hours} hours",
            "minutes": f"{minutes} 分钟" if lang == "zh" else f"{minutes} minutes",
            "tries": str(tries),
        }
        detail = chosen["detail"]
        values["detail"] = (detail[0] if lang == "zh" else detail[2]) if detail else ""
        for key, (zh, en) in MENUS.items():
            values[key] = f"“{zh}”" if lang == "zh" else f"**{en}**"
        fill[lang] = values
    return fill


class Article:
    """One planned article: where it goes, what it is about and its titles."""
    __slots__ = ("index", "category", "topic", "slug", "src", "title", "details")

    def __init__(self, index, category, topic, slug, title, details):
        self.index, self.category, self.topic, self.slug = index, category, topic, slug
        self.src = f"{category['slug']}/{slug}.md"
        self.title, self.details = title, details


def _title_combos(topic: dict, seed: int):
    """Title choices for a topic, in the order they are used: the plain title, then each
    template with each detail, then with a time added, and a number only as a last resort."""
    rng = random.Random(f"titles:{seed}:{topic['slug']}")
    templates = list(enumerate(topic["titles"]))
    plain = [(i, None) for i, t in templates if not t[0]]
    detailed = [(i, entry) for i, t in templates if t[0] for entry in POOLS[t[0]]]
    rng.shuffle(detailed)
    for i, entry in plain + detailed:
        yield i, entry, None, None
    with_time = [(i, entry, when) for i, entry in plain + detailed
                 if topic["titles"][i][0] != "when" for when in POOLS["when"]]
    rng.shuffle(with_time)
    for i, entry, when in with_time:
        yield i, entry, when, None
    number = 2
    while True:
        yield plain[0][0], None, None, number
        number += 1


def _render_title(topic: dict, combo) -> tuple[tuple[str, str], dict[str, tuple]]:
    i, entry, when, number = combo
    kind, zh, en = topic["titles"][i]
    details = {}
    if entry is not None:
        zh_x, en_x, _ = _item(entry)
        zh, en = zh.replace("{x}", zh_x), en.replace("{x}", en_x)
        details[kind] = entry
    if when is not None:
        zh, en = f"{zh}（{when[0]}）", f"{en} ({when[1]})"
        details["when"] = when
    if number is not None:
        zh, en = f"{zh}（{number}）", f"{en} ({number})"
    return (zh_spacing(zh), en), details


def plan_corpus(count: int, seed: int = 1, reserved: dict[str, set[str]] | None = None) -> list[Article]:
    """Which articles there are: categories in turn, topics in turn within a category,
    each with a title that no other article of its language has (nor one of ``reserved``)."""
    width = max(4, len(str(count)))
    combos = {}
    used = {lang: set((reserved or {}).get(lang, ())) for lang in ("zh", "en")}
    articles = []
    for index in range(count):
        category = CATEGORIES[index % len(CATEGORIES)]
        topics = TOPICS[category["slug"]]
        topic = topics[(index // len(CATEGORIES)) % len(topics)]
        source = combos.setdefault(topic["slug"], _title_combos(topic, seed))
        while True:
            title, details = _render_title(topic, next(source))
            if title[0] not in used["zh"] and title[1] not in used["en"]:
                break
        used["zh"].add(title[0])
        used["en"].add(title[1])
        slug = f"{topic['slug']}-{index + 1:0{width}d}"
        articles.append(Article(index, category, topic, slug, title, details))
    return articles


def pick_links(article: Article, articles: list[Article], by_category: dict[str, list[int]],
               rng: random.Random) -> list[Article]:
    """1-3 other articles to link to: the same category first, then related ones."""
    if len(articles) < 2:
        return []
    wanted = min(rng.choice([1, 1, 2, 2, 3]), len(articles) - 1)
    me = article.index
    same = [j for j in by_category[article.category["slug"]]
            if j != me and articles[j].topic is not article.topic]
    related = [j for c in article.topic["rel"] for j in by_category.get(c, [])]
    chosen: list[int] = []
    for pool in (same, related, same + related):
        if pool and len(chosen) < wanted:
            for _ in range(4):
                j = rng.choice(pool)
                if j != me and j not in chosen:
                    chosen.append(j)
                    break
    while len(chosen) < wanted:
        j = rng.randrange(len(articles))
        if j != me and j not in chosen:
            chosen.append(j)
    return [articles[j] for j in chosen]


def _href(source: Article, target: Article) -> str:
    if source.category is target.category:
        return f"{target.slug}.md"
    return f"../{target.category['slug']}/{target.slug}.md"


class Block:
    """A paragraph, list, table or admonition in both languages, with its length."""
    __slots__ = ("zh", "en", "han", "words", "pad", "link")

    def __init__(self, zh: str, en: str, pad: bool = False):
        self.zh, self.en, self.pad = zh_spacing(zh), en, pad
        self.link = "](" in en
        self.han, self.words = han_count(self.zh), word_count(en)


def _join(pairs: list[tuple[str, str]]) -> tuple[str, str]:
    return "".join(p[0] for p in pairs), " ".join(p[1] for p in pairs)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower_item(text: str) -> str:
    """'Screenshot of the error' -> 'screenshot of the error', but 'ID document' stays."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def _prep_list(items: list[tuple[str, str]]) -> tuple[str, str]:
    zh = [i[0] for i in items]
    en = [_lower_item(i[1]) for i in items]
    if len(items) == 1:
        return zh[0], en[0]
    zh_last = "以及" if any("和" in item for item in zh) else "和"
    if any(" and " in item or "," in item for item in en):
        return "、".join(zh[:-1]) + zh_last + zh[-1], "; ".join(en[:-1]) + "; and " + en[-1]
    return "、".join(zh[:-1]) + zh_last + zh[-1], ", ".join(en[:-1]) + " and " + en[-1]


def build_article(article: Article, links: list[Article], seed: int) -> tuple[str, str]:
    """The article's file text in zh and en, built from the same choices."""
    rng = random.Random(f"article:{seed}:{article.index}")
    topic, category = article.topic, article.category
    fill = make_fill(rng, article.details)

    def f(pair) -> tuple[str, str]:
        return pair[0].format_map(fill["zh"]), pair[1].format_map(fill["en"])

    facts = topic.get("facts", False)
    sections: list[dict] = []

    # A: what is going on, and the line tying the body to the title's detail.
    intros = topic["intro"][:rng.choice([1, 2, 2])]
    sentences = [f(p) for p in intros]
    for kind in article.details:
        lines = topic.get("ctx", {}).get(kind) or CTX_LINES.get(kind)
        if lines:
            sentences.append(f(rng.choice(lines)))
    sec_a = dict(head=f(rng.choice(HEAD_INTRO)) if rng.random() < 0.5 else None,
                 blocks=[Block(*_join(sentences))])
    sections.append(sec_a)

    # B: causes (or, for how-to topics, the cases and facts) as a bullet list.
    causes = topic["causes"]
    picked = sorted(rng.sample(range(len(causes)), rng.randint(min(3, len(causes)), min(5, len(causes)))))
    bullets = []
    for i in picked:
        zh_label, zh_text, en_label, en_text = causes[i]
        zh_item, en_item = f((f"- **{zh_label}**：{zh_text}", f"- **{en_label}:** {en_text}"))
        bullets.append((zh_item, en_item))
    head = rng.choice(topic.get("bhead") or HEAD_CAUSES)
    lead = rng.choice(FACT_LEADS if facts else CAUSE_LEADS)
    sec_b = dict(head=f(head), blocks=[Block(*f(lead)),
                                       Block("\n".join(b[0] for b in bullets), "\n".join(b[1] for b in bullets))])
    sections.append(sec_b)

    # C: numbered steps, in their order, sometimes with a closing step and an admonition.
    steps = list(topic["steps"])
    if len(steps) > 4 and rng.random() < 0.4:
        del steps[rng.randrange(1, len(steps) - 1)]
    if len(steps) < 7 and rng.random() < 0.5:
        steps.append(rng.choice(STEP_FINAL))
    zh_steps, en_steps = zip(*(f(s) for s in steps))
    blocks = []
    if rng.random() < 0.6:
        blocks.append(Block(*f(rng.choice(STEP_LEADS))))
    blocks.append(Block("\n".join(f"{n}. {s}" for n, s in enumerate(zh_steps, 1)),
                        "\n".join(f"{n}. {s}" for n, s in enumerate(en_steps, 1))))
    if rng.random() < 0.25:
        kind, zh_title, en_title, zh_body, en_body = rng.choice([category["adm"]] * 2 + GLOBAL_ADMONITIONS)
        zh_body, en_body = f((zh_body, en_body))
        blocks.append(Block(f'!!! {kind} "{zh_title}"\n    {zh_body}', f'!!! {kind} "{en_title}"\n    {en_body}'))
    sections.append(dict(head=f(rng.choice(HEAD_STEPS)), blocks=blocks))

    # D: a small table in about 30% of articles.
    if rng.random() < 0.3:
        t_head, t_lead, t_header, t_rows = category["table"]
        rows = t_rows if len(t_rows) <= 3 else [t_rows[i] for i in sorted(rng.sample(range(len(t_rows)),
                                                                                     rng.randint(3, len(t_rows))))]

        def table(lang: int) -> str:
            header = t_header[lang].split(" | ")
            out = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
            out += ["| " + f(row)[lang] + " |" for row in rows]
            return "\n".join(out)

        sections.append(dict(head=f(t_head), blocks=[Block(*f(t_lead)), Block(table(0), table(1))], optional=True))

    # E: tips in about 40% of articles.
    if rng.random() < 0.4:
        tips = rng.sample(topic["tips"], rng.randint(2, len(topic["tips"])))
        if rng.random() < 0.5:
            tips.append(rng.choice(GENERIC_TIPS))
        zh_tips, en_tips = zip(*(f(t) for t in tips))
        sections.append(dict(head=f(rng.choice(HEAD_TIPS)),
                             blocks=[Block("\n".join(f"- {t}" for t in zh_tips), "\n".join(f"- {t}" for t in en_tips))],
                             optional=True, tips=True))

    # F: what to have ready when contacting support, and links to other articles.
    prepare_idx = sorted(rng.sample(range(len(topic["prepare"])), rng.randint(2, min(5, len(topic["prepare"])))))
    prepare = [topic["prepare"][i] for i in prepare_idx]
    prep_zh, prep_en = _prep_list(prepare)
    contact_zh, contact_en = rng.choice(CONTACT_PREP)
    contact = (contact_zh.replace("{prep}", prep_zh), contact_en.replace("{prep}", prep_en))
    sec_f = dict(head=f(rng.choice(HEAD_CONTACT)) if rng.random() < 0.85 else None,
                 blocks=[Block(*_join([contact, f(rng.choice(CONTACT_CLOSE))]))])
    if len(links) == 1 or (links and rng.random() < 0.3):
        first, rest = links[0], links[1:]
        t_zh, t_en = rng.choice(LINK_INLINE)
        href = _href(article, first)
        target = sec_b if rng.random() < 0.4 else sec_f
        target["blocks"].append(Block(t_zh.format(t=first.title[0], h=href), t_en.format(t=first.title[1], h=href)))
    else:
        rest = links
    if rest:
        lead = rng.choice(LINK_LIST_LEADS)
        sec_f["blocks"].append(Block(lead[0] + "\n\n" + "\n".join(f"- [{a.title[0]}]({_href(article, a)})" for a in rest),
                                     lead[1] + "\n\n" + "\n".join(f"- [{a.title[1]}]({_href(article, a)})" for a in rest)))
    sections.append(sec_f)

    # 2-5 headings: drop the overview heading, then the tips, while there are too many.
    def headings() -> int:
        return sum(1 for s in sections if s["head"])
    if headings() > 5:
        sec_a["head"] = None
    if headings() > 5:
        sections[:] = [s for s in sections if not s.get("tips")]

    # Length: add paragraphs of shared sentences up to a per-article target, within the limits.
    def totals() -> tuple[int, int]:
        han = sum(b.han for s in sections for b in s["blocks"]) + sum(han_count(s["head"][0]) for s in sections if s["head"])
        words = sum(b.words for s in sections for b in s["blocks"]) + sum(word_count(s["head"][1]) for s in sections if s["head"])
        return han, words

    # Topic sentences not used yet come first, then the category's, then general ones.
    more = MORE_FACT if facts else MORE_CAUSE
    extra = [(more[0].format(label=causes[i][0], text=causes[i][1]),
              more[1].format(label=_capital(causes[i][2]), text=causes[i][3])) for i in range(len(causes))
             if i not in picked]
    extra += topic["intro"][len(intros):]
    if not any(s.get("tips") for s in sections):
        extra += topic["tips"]
    general = list(GLOBAL_PADS)
    rng.shuffle(general)
    topical = extra + list(category["pads"])
    rng.shuffle(topical)
    # At most 8 general sentences, unless more are needed to reach the minimum length.
    pool = [f(p) for p in topical + general[:8]]
    reserve = [f(p) for p in general[8:]]
    target = int(rng.triangular(ZH_MIN + 60, ZH_MAX - 200, 750))
    han, words = totals()
    slots = [sec_a, sec_b, sections[2], sec_f]
    used_slots = {id(slot): 0 for slot in slots}

    def short() -> bool:
        return han < ZH_MIN + 20 or words < EN_MIN + 10

    while (pool or (reserve and short())) and (han < target or short()):
        if not pool:
            pool, reserve = reserve, []
        size = rng.randint(2, 3)
        sentences, pool = pool[:size], pool[size:]
        block = Block(*_join(sentences), pad=True)
        if han + block.han > ZH_MAX - 40 or words + block.words > EN_MAX - 30:
            if not short():
                break
            continue
        open_slots = [slot for slot in slots if used_slots[id(slot)] < 2] or slots
        slot = rng.choice(open_slots)
        used_slots[id(slot)] += 1
        at = next((k for k, b in enumerate(slot["blocks"]) if b.link), len(slot["blocks"]))
        slot["blocks"].insert(at, block)
        han, words = han + block.han, words + block.words
    while (han > ZH_MAX or words > EN_MAX) and any(b.pad for s in sections for b in s["blocks"]):
        for s in sections:
            for b in s["blocks"]:
                if b.pad:
                    s["blocks"].remove(b)
                    break
            else:
                continue
            break
        han, words = totals()

    texts = []
    keywords = _keywords(rng, topic, article.details)
    description = f(rng.choice(topic["desc"]))
    source_hash = None
    for n, lang in enumerate(LANGS):
        parts = []
        for s in sections:
            if s["head"]:
                parts.append("## " + (zh_spacing(s["head"][0]) if lang == "zh" else s["head"][1]))
            parts += [b.zh if lang == "zh" else b.en for b in s["blocks"]]
        body = "\n\n".join(parts) + "\n"
        desc = zh_spacing(description[0]) if lang == "zh" else description[1]
        if len(desc) > 150:
            raise ValueError(f"description of {topic['slug']} is {len(desc)} characters, at most 150: {desc}")
        prep = [zh_spacing(p[0]) if lang == "zh" else p[1] for p in prepare]
        head = front_matter(article.title[n], desc, topic["urgency"], prep, keywords[n], source_hash)
        if n == 0:   # the first language is the source the others are translations of
            source_hash = content_hash(article.title[n], desc, prep, keywords[n], body)
        texts.append(head + "\n" + body)
    return texts[0], texts[1]


def _keywords(rng: random.Random, topic: dict, details: dict[str, tuple]) -> tuple[list[str], list[str]]:
    """4-10 keywords per language, with the title's detail (a bank, a device...) among them."""
    out = []
    for n in range(2):
        pool = topic["kw"][n].split("|")
        words = rng.sample(pool, rng.randint(4, min(9, len(pool))))
        for kind, entry in details.items():
            if kind != "when":
                zh, _, en = _item(entry)
                word = zh if n == 0 else en
                if word not in words and len(words) < 10:
                    words.append(word)
        out.append([zh_spacing(w) for w in words] if n == 0 else words)
    return out[0], out[1]


_MD_LINK = re.compile(r"\]\(\s*<?([^)\s>]+)>?[^)]*\)")


def project_pages(docs_root: Path = PROJECT_DOCS, common_problems: Path = COMMON_PROBLEMS_FILE) -> list[str]:
    """The project's pages a build of any docs folder needs: the articles named in
    data/common_problems.yml and, in turn, the pages they link to (src paths, e.g.
    'payments/payment-failed.md')."""
    if not common_problems.is_file():
        return []
    slugs = [str(s) for s in yaml.safe_load(common_problems.read_text(encoding="utf-8")) or []]
    source = docs_root / LANGS[0]
    by_slug = {p.stem: p.relative_to(source).as_posix() for p in sorted(source.rglob("*.md")) if p.name != "index.md"}
    todo = [by_slug[s] for s in slugs if s in by_slug]
    found: list[str] = []
    while todo:
        src = todo.pop(0)
        if src in found:
            continue
        found.append(src)
        for lang in LANGS:
            path = docs_root / lang / src
            if not path.is_file():
                continue
            for target in _MD_LINK.findall(path.read_text(encoding="utf-8")):
                target = target.split("#")[0]
                if not target.endswith(".md") or re.match(r"^[a-z][a-z0-9+.-]*:", target) or target.startswith("/"):
                    continue
                linked = posixpath.normpath(posixpath.join(posixpath.dirname(src), target))
                if not linked.startswith("..") and (docs_root / lang / linked).is_file():
                    todo.append(linked)
    return found


def _title_of(path: Path) -> str | None:
    text = path.read_text(encoding="utf-8")
    if text.startswith("---"):
        end = text.find("\n---", 3)
        data = yaml.safe_load(text[3:end]) if end > 0 else None
        if isinstance(data, dict) and data.get("title"):
            return str(data["title"]).strip()
    return None


def _page(title: str, description: str, body: str) -> str:
    return front_matter(title, description) + "\n" + body + "\n"


def generate_corpus(docs_dir: Path, count: int, seed: int = 1, *, include_common_problems: bool = True) -> list[str]:
    """Write `count` articles per language under docs_dir/zh and docs_dir/en (same relative
    paths in both), plus docs_dir/{zh,en}/index.md (home) and one index.md per category.
    Return the list of article src paths relative to the language folder, e.g.
    ['cards/card-declined-0001.md', ...].

    With ``include_common_problems`` (the default) the project's articles that
    data/common_problems.yml names, and those they link to, are copied from docs/ too
    (see ``project_pages``), because the build requires them; they are not in the list
    returned, and no generated title repeats theirs."""
    docs_dir = Path(docs_dir)
    copied = project_pages() if include_common_problems else []
    reserved = {lang: {t for t in (_title_of(PROJECT_DOCS / lang / src) for src in copied
                                   if (PROJECT_DOCS / lang / src).is_file()) if t} for lang in LANGS}
    articles = plan_corpus(count, seed, reserved)
    by_category: dict[str, list[int]] = {}
    for a in articles:
        by_category.setdefault(a.category["slug"], []).append(a.index)
    roots = {lang: docs_dir / lang for lang in LANGS}
    for n, lang in enumerate(LANGS):
        for category in CATEGORIES:
            folder = roots[lang] / category["slug"]
            folder.mkdir(parents=True, exist_ok=True)
            (folder / "index.md").write_text(
                _page(category["name"][n], category["desc"][n], category["intro"][n]), encoding="utf-8")
        home_title, home_desc, home_body = (part[n] for part in HOME)
        listing = "\n".join(f"- [{c['name'][n]}]({c['slug']}/index.md)" for c in CATEGORIES)
        (roots[lang] / "index.md").write_text(_page(home_title, home_desc, home_body + "\n\n" + listing),
                                             encoding="utf-8")
    for src in copied:
        for lang in LANGS:
            source, target = PROJECT_DOCS / lang / src, roots[lang] / src
            if source.is_file() and not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)
            index = PROJECT_DOCS / lang / posixpath.dirname(src) / "index.md"
            if index.is_file() and not (target.parent / "index.md").exists():
                shutil.copyfile(index, target.parent / "index.md")
    for article in articles:
        rng = random.Random(f"links:{seed}:{article.index}")
        links = pick_links(article, articles, by_category, rng)
        zh, en = build_article(article, links, seed)
        (roots["zh"] / article.src).write_text(zh, encoding="utf-8")
        (roots["en"] / article.src).write_text(en, encoding="utf-8")
    return [a.src for a in articles]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="corpus", description="Write a seeded corpus of help-center articles (zh and en) for benchmarks.")
    parser.add_argument("out_dir", metavar="OUT_DIR", help="folder to write OUT_DIR/zh and OUT_DIR/en into")
    parser.add_argument("--count", type=int, required=True, help="articles per language")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default: 1)")
    parser.add_argument("--no-common-problems", action="store_true",
                        help="don't copy the articles of data/common_problems.yml from docs/ (the build needs them)")
    args = parser.parse_args(argv)
    if args.count < 0:
        parser.error("--count must not be negative")
    out = Path(args.out_dir)
    sources = generate_corpus(out, args.count, args.seed, include_common_problems=not args.no_common_problems)
    copied = [] if args.no_common_problems else project_pages()
    expected = set(sources) | {"index.md"} | {f"{c['slug']}/index.md" for c in CATEGORIES}
    expected |= set(copied) | {posixpath.join(posixpath.dirname(src), "index.md") for src in copied}
    written = sum(1 for lang in LANGS for src in expected if (out / lang / src).is_file())
    print(f"Wrote {written} files to {out}: per language (zh, en) {len(sources)} generated articles, "
          f"{len(CATEGORIES)} category pages, a home page"
          + (f" and {len(copied)} articles of data/common_problems.yml copied from docs/" if copied else "")
          + f" (seed {args.seed}).")
    for lang in LANGS:
        stray = sorted(p.relative_to(out / lang).as_posix() for p in (out / lang).rglob("*.md")
                       if p.relative_to(out / lang).as_posix() not in expected)
        if stray:
            print(f"warning: {out / lang} also holds {len(stray)} other Markdown files "
                  f"(e.g. {stray[0]}); use an empty folder for a corpus of exactly {args.count}.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
