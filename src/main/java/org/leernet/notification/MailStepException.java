package org.leernet.notification;

/**
 * A mail step that cannot send: its BPMN names an unknown kind of mail or recipients, or lacks
 * a variable the mail needs. The message says what, in Dutch and English; the step's adapter
 * adds which element of the BPMN it is, so the incident in Cockpit says what to fix.
 */
public class MailStepException extends RuntimeException {

	MailStepException(String dutch, String english, String choices) {
		super(dutch + " (" + english + ")" + (choices == null ? "" : "; mogelijk: " + choices));
	}

	static MailStepException missing(String variable) {
		return new MailStepException("procesvariabele " + variable + " ontbreekt", "process variable missing", null);
	}

}
