import RcPropertiesProvider from './RcPropertiesProvider.js';

export default {
  __init__: [ 'rcPropertiesProvider' ],
  rcPropertiesProvider: [ 'type', RcPropertiesProvider ]
};
