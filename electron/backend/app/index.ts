/** The app area: shell info, notices for the user, and windows. */
export { NoticeRepository } from './noticeRepository';
export { appHandlers } from './handlers';
