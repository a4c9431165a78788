package jp.kyodo.exchange.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** etc/jp.kyodo.exchange.cfg */
@ObjectClassDefinition(name = "Kyodo exchange", description = "Exchange of shared records with neighbouring cities.")
public @interface ExchangeConfiguration {

    String PID = "jp.kyodo.exchange";

    @AttributeDefinition(
            description = "This city's 全国地方公共団体コード when an administrator has not set one in the exchange page"
                    + " (e.g. 112038); empty: not set.")
    String municipalityCode() default "";

    @AttributeDefinition(
            description = "Folder of the signing key (Ed25519); empty: etc/kyodo-exchange. Nodes of one city share its"
                    + " files.")
    String keyFolder() default "";

    @AttributeDefinition(description = "Seconds between two rounds of the outbox.")
    int syncIntervalSeconds() default 5;

    @AttributeDefinition(description = "Most records in one message.")
    int batchRecords() default 1000;

    @AttributeDefinition(description = "Most payload bytes in one message (the records' texts), in kilobytes.")
    int batchKilobytes() default 4096;

    @AttributeDefinition(description = "Most messages sent to one neighbour in one round (back-pressure).")
    int messagesPerRound() default 40;

    @AttributeDefinition(description = "Seconds a message's time may differ from this server's clock.")
    int clockSkewSeconds() default 300;

    @AttributeDefinition(description = "Seconds before the first retry; doubled after each failure.")
    int retryFirstSeconds() default 5;

    @AttributeDefinition(description = "Longest wait between retries, in seconds.")
    int retryMaxSeconds() default 3600;

    @AttributeDefinition(description = "Seconds to wait for a neighbour's answer.")
    int requestTimeoutSeconds() default 120;

    @AttributeDefinition(description = "Messages received at once; more are answered 503 with Retry-After.")
    int concurrentMessages() default 2;

    @AttributeDefinition(description = "Days a neighbour's key replaced by a rotation it announced stays accepted.")
    int previousKeyDays() default 7;
}
